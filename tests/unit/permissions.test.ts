import { describe, expect, it } from "vitest";
import { assertCan, can } from "@/lib/authz/assert";
import { pickActiveOrganization, sideOf, type Actor } from "@/lib/authz/actor";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { OrgKind, OrgRole } from "@/lib/generated/prisma/enums";

function actor(kind: OrgKind, role: OrgRole, orgId = "org-a"): Actor {
  const organization = { id: orgId, name: "Org", slug: "org", kind, role };
  return {
    userId: "u",
    email: "u@x.test",
    name: null,
    sessionId: "s",
    organization,
    side: sideOf(kind),
    role,
    organizations: [organization],
  };
}

describe("permission table", () => {
  it("lets only staff see every organization", () => {
    expect(can(actor("COOPERATIVE", "STAFF"), "organizations.view.all")).toBe(true);
    expect(can(actor("MUNICIPALITY", "ADMIN"), "organizations.view.all")).toBe(false);
    expect(can(actor("VENDOR", "ADMIN"), "organizations.view.all")).toBe(false);
    expect(can(null, "dashboard.view")).toBe(false);
  });

  it("limits user management to administrators", () => {
    expect(can(actor("MUNICIPALITY", "ADMIN"), "organization.users.manage")).toBe(true);
    expect(can(actor("MUNICIPALITY", "IT_LEAD"), "organization.users.manage")).toBe(false);
    expect(can(actor("VENDOR", "STAFF"), "organization.users.manage")).toBe(false);
  });

  it("assertCan: anonymous is 401, wrong role 403, another tenant's resource 404", () => {
    expect(() => assertCan(null, "dashboard.view")).toThrow(UnauthenticatedError);
    expect(() => assertCan(actor("MUNICIPALITY", "STAFF"), "organization.users.manage")).toThrow(ForbiddenError);
    expect(() =>
      assertCan(actor("MUNICIPALITY", "ADMIN"), "organization.users.manage", { organizationId: "org-b" }),
    ).toThrow(NotFoundError);
    expect(() =>
      assertCan(actor("MUNICIPALITY", "ADMIN"), "organization.users.manage", { organizationId: "org-a" }),
    ).not.toThrow();
    // staff act across tenants
    expect(() =>
      assertCan(actor("COOPERATIVE", "ADMIN"), "organization.users.manage", { organizationId: "org-b" }),
    ).not.toThrow();
  });

  it("defaults a session to staff, then member, then vendor organizations", () => {
    const orgs = [
      { id: "v", name: "A Vendor", slug: "v", kind: "VENDOR" as const, role: "ADMIN" as const },
      { id: "t", name: "Town", slug: "t", kind: "MUNICIPALITY" as const, role: "STAFF" as const },
    ];
    expect(pickActiveOrganization(orgs, null)?.id).toBe("t");
    expect(pickActiveOrganization(orgs, "v")?.id).toBe("v");
    expect(pickActiveOrganization(orgs, "gone")?.id).toBe("t");
    expect(pickActiveOrganization([], null)).toBeNull();
  });
});
