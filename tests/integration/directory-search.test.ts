// The staff directory's search box: a query over the limit is cut with a visible note, never silently.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { actorOf } from "../factories";
import { setRequestSession } from "../matrix/request-context";

vi.mock("next/headers", async () => (await import("../matrix/request-context")).nextHeadersMock);

async function directory(q: string) {
  const { default: OrganizationsPage } = await import("@/app/(app)/staff/organizations/page");
  return renderToStaticMarkup(await OrganizationsPage({ searchParams: Promise.resolve({ q }) }));
}

describe("the staff directory's search", () => {
  it("says when only the first 100 characters of a search were used", async () => {
    const { actor } = await actorOf("COOPERATIVE", "ADMIN");
    setRequestSession(actor.sessionToken);
    const long = `Bolton ${"x".repeat(150)}`;
    const cut = await directory(long);
    expect(cut).toContain("Only the first 100 characters of your search were used.");
    expect(cut).toContain(`value="${long.slice(0, 100)}"`);
    expect(await directory("Bolton")).not.toContain("characters of your search were used");
  });
});
