// The permission table: which roles, on which side of the portal, may do what.
// Pages, server actions and route handlers check it through assertCan (lib/authz/assert.ts);
// the UI reads it only to hide what cannot be done.
import type { OrgRole } from "@/lib/generated/prisma/enums";

/** Which side of the portal an organization is on, from its kind. */
export type Side = "member" | "vendor" | "staff";

type Grant = Partial<Record<Side, readonly OrgRole[] | "any">>;

const ANY = "any" as const;

export const PERMISSIONS = {
  "dashboard.view": { member: ANY, vendor: ANY, staff: ANY },
  "organization.view": { member: ANY, vendor: ANY, staff: ANY },
  "organization.users.manage": { member: ["ADMIN"], vendor: ["ADMIN"], staff: ["ADMIN"] },
  "audit.view.own": { member: ["ADMIN"], vendor: ["ADMIN"], staff: ANY },
  "audit.view.all": { staff: ANY },
  "organizations.view.all": { staff: ANY },
  // programs, contracts, catalog, pilots
  "programs.view": { member: ANY, vendor: ANY, staff: ANY },
  "programs.manage": { staff: ANY },
  "survey.answer": { member: ANY },
  "committee.participate": { member: ANY },
  "solicitation.participate": { vendor: ANY },
  "contracts.prices.view": { member: ANY, vendor: ANY, staff: ANY },
  "contracts.manage": { staff: ANY },
  "pilot.issues.report": { member: ANY, staff: ANY },
  "pilot.issues.respond": { vendor: ANY },
  "pilot.issues.resolve": { member: ANY, staff: ANY },
  // memberships, fees and payments
  "membership.view.own": { member: ANY },
  "membership.pay": { member: ["ADMIN", "PURCHASING"] },
  "memberships.view.all": { staff: ANY },
  "memberships.applications.review": { staff: ANY },
  "fees.schedule.manage": { staff: ["ADMIN"] },
  "payments.record": { staff: ANY },
  "payments.view.all": { staff: ANY },
  // purchase requests
  "requests.view": { member: ANY, vendor: ANY, staff: ANY },
  "requests.view.own": { member: ANY },
  "requests.create": { member: ANY },
  "requests.approve": { member: ["IT_LEAD", "PURCHASING"] },
  "requests.approval_rule.manage": { member: ["ADMIN"] },
  "requests.inbox": { vendor: ANY },
  "requests.respond": { vendor: ANY },
  "requests.view.all": { staff: ANY },
  "requests.cancel": { member: ANY, staff: ANY },
  "requests.message": { member: ANY, vendor: ANY, staff: ANY },
  "requests.rate": { member: ANY },
  "ratings.view": { member: ANY, vendor: ANY, staff: ANY },
} as const satisfies Record<string, Grant>;

export type Permission = keyof typeof PERMISSIONS;

export function roleHas(side: Side, role: OrgRole, permission: Permission): boolean {
  const grant: Grant = PERMISSIONS[permission];
  const allowed = grant[side];
  if (!allowed) return false;
  return allowed === ANY || allowed.includes(role);
}
