// The staff directory's table: each organization with its place, people and this fiscal year's membership and fee.
import Link from "next/link";
import { ORG_KIND_LABEL } from "@/lib/labels";
import { formatCents } from "@/lib/format";
import type { listOrganizations } from "@/lib/services/organizations/list-organizations";
import { overdueSince } from "@/lib/services/memberships/rules";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";
import { membershipStatusText } from "@/components/memberships/membership-status";

type Row = Awaited<ReturnType<typeof listOrganizations>>["rows"][number];

function fee(m: Row["membership"]): string {
  if (!m) return "—";
  const state = m.feeDueCents > 0 ? (m.paidAt ? " paid" : overdueSince(m) ? " overdue" : " due") : "";
  return `${formatCents(m.feeDueCents)}${state}`;
}

export function OrganizationTable({ rows, fiscalYear }: { rows: Row[]; fiscalYear: number }) {
  return (
    <ScrollTable
      framed
      caption="Organizations"
      columns={[
        "Name",
        "Kind",
        "County",
        "Region",
        numeric("Population"),
        "Affiliations",
        numeric("People"),
        `FY${fiscalYear} membership`,
        numeric("Fee"),
      ]}
      rows={rows.map((o) => ({
        key: o.id,
        cells: [
          o.name,
          ORG_KIND_LABEL[o.kind],
          o.county ?? "—",
          o.planningRegion ?? "—",
          o.population?.toLocaleString("en-US") ?? "—",
          o.affiliations.join(", ") || (o.kind === "VENDOR" || o.kind === "COOPERATIVE" ? "—" : "Independent"),
          o._count.users,
          o.membership ? (
            <Link
              href={`/staff/memberships/${o.membership.id}`}
              className={overdueSince(o.membership) ? "font-semibold text-red-800" : undefined}
            >
              {membershipStatusText({ ...o.membership, overdueSince: overdueSince(o.membership) })}
            </Link>
          ) : (
            "—"
          ),
          fee(o.membership),
        ],
      }))}
    />
  );
}
