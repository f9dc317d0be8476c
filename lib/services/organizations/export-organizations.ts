import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";
import { selectOf, whereOf, type OrganizationFilter } from "./rules";

/** Every matching organization (no paging), for the CSV export. */
export async function exportOrganizations({
  actor,
  input,
  now = new Date(),
}: TimedVerbArgs<Omit<OrganizationFilter, "page">>) {
  assertCan(actor, "organizations.view.all");
  const fiscalYear = fiscalYearOf(now);
  const rows = await db.organization.findMany({
    where: whereOf({ ...input, page: 1 }, fiscalYear),
    orderBy: { name: "asc" },
    select: { ...selectOf(fiscalYear), town: true, website: true },
  });
  return { fiscalYear, rows: rows.map(({ memberships, ...o }) => ({ ...o, membership: memberships[0] ?? null })) };
}
