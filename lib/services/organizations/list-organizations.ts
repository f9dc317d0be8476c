import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";
import { ORGANIZATIONS_PAGE_SIZE, selectOf, whereOf, type OrganizationFilter } from "./rules";

/** Staff directory of every organization with this fiscal year's membership, filtered and paginated. */
export async function listOrganizations({ actor, input, now = new Date() }: TimedVerbArgs<OrganizationFilter>) {
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
