import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { Affiliation, MembershipStatus, OrgKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fiscalYearOf } from "@/lib/format";

export const ORGANIZATIONS_PAGE_SIZE = 50;

export type OrganizationFilter = {
  q?: string;
  kind?: OrgKind;
  affiliation?: Affiliation | "INDEPENDENT";
  /** This fiscal year's membership status; NONE = no membership this year. */
  status?: MembershipStatus | "NONE";
  /** due = a fee owed and unpaid, paid = a fee owed and paid, none = no fee this year. */
  fee?: "due" | "paid" | "none";
  page: number;
};

function whereOf(input: OrganizationFilter, fiscalYear: number): Prisma.OrganizationWhereInput {
  const thisYear = (m: Prisma.MembershipWhereInput) => ({ memberships: { some: { fiscalYear, ...m } } });
  const and: Prisma.OrganizationWhereInput[] = [];
  if (input.kind) and.push({ kind: input.kind });
  if (input.q) and.push({ name: { contains: input.q, mode: "insensitive" } });
  if (input.affiliation === "INDEPENDENT")
    and.push({
      affiliations: { isEmpty: true },
      kind: { in: ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] },
    });
  else if (input.affiliation) and.push({ affiliations: { has: input.affiliation } });
  if (input.status === "NONE") and.push({ memberships: { none: { fiscalYear } } });
  else if (input.status) and.push(thisYear({ status: input.status }));
  if (input.fee === "due") and.push(thisYear({ feeDueCents: { gt: 0 }, paidAt: null }));
  if (input.fee === "paid") and.push(thisYear({ feeDueCents: { gt: 0 }, paidAt: { not: null } }));
  if (input.fee === "none") and.push(thisYear({ feeDueCents: 0 }));
  return and.length ? { AND: and } : {};
}

function selectOf(fiscalYear: number) {
  return {
    id: true,
    name: true,
    kind: true,
    county: true,
    planningRegion: true,
    population: true,
    affiliations: true,
    _count: { select: { users: true } },
    memberships: { where: { fiscalYear }, select: { id: true, status: true, feeDueCents: true, paidAt: true } },
  } satisfies Prisma.OrganizationSelect;
}

/** Staff directory of every organization with this fiscal year's membership, filtered and paginated. */
export async function listOrganizations({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: OrganizationFilter;
  now?: Date;
}) {
  assertCan(actor, "organizations.view.all");
  const fiscalYear = fiscalYearOf(now);
  const where = whereOf(input, fiscalYear);
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (input.page - 1) * ORGANIZATIONS_PAGE_SIZE,
      take: ORGANIZATIONS_PAGE_SIZE,
      select: selectOf(fiscalYear),
    }),
  ]);
  return {
    fiscalYear,
    total,
    rows: rows.map(({ memberships, ...o }) => ({ ...o, membership: memberships[0] ?? null })),
    pages: Math.max(1, Math.ceil(total / ORGANIZATIONS_PAGE_SIZE)),
  };
}

/** Every matching organization (no paging), for the CSV export. */
export async function exportOrganizations({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: Omit<OrganizationFilter, "page">;
  now?: Date;
}) {
  assertCan(actor, "organizations.view.all");
  const fiscalYear = fiscalYearOf(now);
  const rows = await db.organization.findMany({
    where: whereOf({ ...input, page: 1 }, fiscalYear),
    orderBy: { name: "asc" },
    select: { ...selectOf(fiscalYear), town: true, website: true },
  });
  return { fiscalYear, rows: rows.map(({ memberships, ...o }) => ({ ...o, membership: memberships[0] ?? null })) };
}

export async function countOrganizationsByKind({ actor }: { actor: Actor | null }) {
  assertCan(actor, "organizations.view.all");
  const groups = await db.organization.groupBy({ by: ["kind"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.kind, g._count._all])) as Partial<Record<OrgKind, number>>;
}
