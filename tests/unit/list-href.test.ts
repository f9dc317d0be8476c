import { describe, expect, it } from "vitest";
import { listHref } from "@/components/requests/list-filters";

describe("listHref", () => {
  it("keeps the filters, starts from the first page, and applies the changes", () => {
    const values = { status: "SUBMITTED" as const, contractId: "c1", cursor: "abc" };
    expect(listHref("/vendor/requests", values)).toBe("/vendor/requests?status=SUBMITTED&contractId=c1");
    expect(listHref("/vendor/requests", values, { organizationId: "o 1" })).toBe(
      "/vendor/requests?status=SUBMITTED&contractId=c1&organizationId=o+1",
    );
    expect(listHref("/vendor/requests", { ...values, organizationId: "o1" }, { organizationId: undefined })).toBe(
      "/vendor/requests?status=SUBMITTED&contractId=c1",
    );
    expect(listHref("/staff/requests", {}, { cursor: "next" })).toBe("/staff/requests?cursor=next");
    expect(listHref("/staff/requests", {})).toBe("/staff/requests");
  });
});
