import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { OrgKind } from "@/lib/generated/prisma/enums";

/** Number of organizations of each kind (staff dashboard). */
export async function countOrganizationsByKind({ actor }: { actor: Actor | null }) {
  assertCan(actor, "organizations.view.all");
  const groups = await db.organization.groupBy({ by: ["kind"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.kind, g._count._all])) as Partial<Record<OrgKind, number>>;
}
