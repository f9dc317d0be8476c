// After a switch of organization the person stays on the page they were on when the new organization may open it,
// else lands on the dashboard; a page of another site is never a destination.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { switchOrganization } from "@/lib/services/session/switch-organization";
import { actingFor, pageAfterSwitch } from "@/lib/services/session/rules";
import type { Actor, ActorOrganization } from "@/lib/authz/actor";
import { createOrganization, createUser, signInAs } from "../factories";

const org = (id: string, kind: ActorOrganization["kind"], role: ActorOrganization["role"]): ActorOrganization => ({
  id,
  name: id,
  slug: id,
  kind,
  role,
});
const schools = org("schools", "BOARD_OF_EDUCATION", "ADMIN");
const town = org("town", "MUNICIPALITY", "IT_LEAD");
const vendor = org("vendor", "VENDOR", "ADMIN");
const chris: Actor = {
  userId: "u1",
  email: "chris@bolton.example",
  name: "Chris",
  sessionId: "s1",
  organization: schools,
  side: "member",
  role: "ADMIN",
  organizations: [schools, town, vendor],
};
const toTown = (returnTo: string | undefined) => pageAfterSwitch(returnTo, chris, actingFor(chris, town));

describe("the page after a switch", () => {
  it("keeps a section the new organization has, with its query, and public pages", () => {
    expect(toTown("/organization")).toBe("/organization");
    expect(toTown("/membership")).toBe("/membership");
    expect(toTown("/requests?status=SUBMITTED")).toBe("/requests?status=SUBMITTED");
    expect(toTown("/contracts?q=wifi")).toBe("/contracts?q=wifi");
    expect(toTown("/programs/p1")).toBe("/programs/p1");
  });

  it("goes to the dashboard from one organization's own records, staff pages, and anything not a local path", () => {
    expect(toTown("/requests/r-of-the-schools")).toBe("/dashboard");
    expect(toTown("/membership/receipts/x")).toBe("/dashboard");
    expect(toTown("/staff/organizations")).toBe("/dashboard");
    for (const bad of [undefined, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "dashboard"])
      expect(toTown(bad)).toBe("/dashboard");
  });

  it("a shared record is kept only on the same side: a vendor does not land on a member's program page", () => {
    const asVendor = actingFor(chris, vendor);
    expect(asVendor.side).toBe("vendor");
    expect(pageAfterSwitch("/programs/p1", chris, asVendor)).toBe("/dashboard");
    expect(pageAfterSwitch("/organization", chris, asVendor)).toBe("/organization");
  });

  it("the verb stores the switch and returns the page to show", async () => {
    const a = await createOrganization({ kind: "BOARD_OF_EDUCATION" });
    const b = await createOrganization({ kind: "MUNICIPALITY" });
    const user = await createUser({ organizationId: a.id, role: "ADMIN" });
    await db.organizationUser.create({ data: { organizationId: b.id, userId: user.id, role: "IT_LEAD" } });
    const actor = await signInAs(user.id, a.id);
    const kept = await switchOrganization({ actor, input: { organizationId: b.id, returnTo: "/organization" } });
    expect(kept).toMatchObject({ organization: { id: b.id }, page: "/organization" });
    const back = await switchOrganization({ actor, input: { organizationId: a.id, returnTo: "/requests/xyz" } });
    expect(back.page).toBe("/dashboard");
    expect((await db.session.findUniqueOrThrow({ where: { id: actor.sessionId } })).activeOrganizationId).toBe(a.id);
  });
});
