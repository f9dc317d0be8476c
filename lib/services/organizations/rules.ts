// The staff directory's filter: its shape, and the Prisma where and select it becomes.
import type { Affiliation, MembershipStatus, OrgKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** The Prisma where of a directory filter, for the fiscal year the membership columns speak of. */
export function whereOf(input: OrganizationFilter, fiscalYear: number): Prisma.OrganizationWhereInput {
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

export function selectOf(fiscalYear: number) {
  return {
    id: true,
    name: true,
    kind: true,
    county: true,
    planningRegion: true,
    population: true,
    affiliations: true,
    _count: { select: { users: true } },
    memberships: {
      where: { fiscalYear },
      select: { id: true, status: true, feeDueCents: true, paidAt: true, dueAt: true },
    },
  } satisfies Prisma.OrganizationSelect;
}
