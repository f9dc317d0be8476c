import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ORGANIZATIONS_PAGE_SIZE = 50;

export type OrganizationFilter = { q?: string; kind?: OrgKind; page: number };

/** Staff directory of every organization, filtered and paginated. */
export async function listOrganizations({ actor, input }: { actor: Actor | null; input: OrganizationFilter }) {
  assertCan(actor, "organizations.view.all");
  const where: Prisma.OrganizationWhereInput = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.q ? { name: { contains: input.q, mode: "insensitive" } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (input.page - 1) * ORGANIZATIONS_PAGE_SIZE,
      take: ORGANIZATIONS_PAGE_SIZE,
      select: { id: true, name: true, kind: true, county: true, planningRegion: true, population: true, affiliations: true, _count: { select: { users: true } } },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / ORGANIZATIONS_PAGE_SIZE)) };
}

export async function countOrganizationsByKind({ actor }: { actor: Actor | null }) {
  assertCan(actor, "organizations.view.all");
  const groups = await db.organization.groupBy({ by: ["kind"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.kind, g._count._all])) as Partial<Record<OrgKind, number>>;
}
