// Dashboard cards for purchase requests: what is waiting, and the newest few (member, vendor, staff).
import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { formatCents } from "@/lib/format";
import { REQUEST_STATUS_LABEL, requestNumberLabel } from "@/lib/labels";
import { COUNT_CAP } from "@/lib/services/requests/list-rules";
import { requestSummary } from "@/lib/services/requests/summary";
import { Card, EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/requests/status-badge";
import { StatTiles } from "@/components/ui/stat-tiles";

const HREF = { member: "/requests", vendor: "/vendor/requests", staff: "/staff/requests" } as const;
const TITLE = {
  member: "Your purchase requests",
  vendor: "Incoming purchase requests",
  staff: "Purchase requests",
} as const;
const EMPTY = {
  member: "No requests yet. Open a contract and choose Request a purchase to buy at its fixed prices.",
  vendor: "Purchase requests members send on your contracts arrive here for you to acknowledge and answer.",
  staff: "Purchase requests across all members appear here.",
} as const;

export async function RequestsCard({ actor }: { actor: Actor }) {
  const { recent, counts } = await requestSummary({ actor });
  const href = HREF[actor.side];
  return (
    <Card title={TITLE[actor.side]} action={<Link href={href}>All requests</Link>}>
      <StatTiles
        columns={3}
        className="mb-3"
        stats={counts.map((c) => ({
          key: c.status,
          label: REQUEST_STATUS_LABEL[c.status],
          value: (
            <Link href={`${href}?status=${c.status}`}>
              {c.count > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : c.count}
            </Link>
          ),
        }))}
      />
      {recent.length === 0 ? (
        <EmptyState>{EMPTY[actor.side]}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-2">
          {recent.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-2">
              <span>
                <Link href={`/requests/${r.id}`}>{requestNumberLabel(r.number)}</Link>{" "}
                {actor.side === "member" ? r.contract.title : r.organization.name} · {formatCents(r.totalCents)}
              </span>
              <StatusBadge status={r.status} />
            </li>
          ))}
        </ul>
      )}
      {actor.side === "member" && (
        <p className="mt-3">
          <Link href="/requests/new">New request</Link>
        </p>
      )}
    </Card>
  );
}
