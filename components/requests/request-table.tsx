import Link from "next/link";
import { formatCents, formatDate } from "@/lib/format";
import { requestNumberLabel } from "@/lib/labels";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { EmptyState } from "@/components/ui/card";
import { StatusBadge } from "./status-badge";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

export type RequestRow = {
  id: string;
  number: number;
  status: PurchaseRequestStatus;
  totalCents: number;
  poNumber: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  organization: { name: string };
  vendorOrganization: { name: string };
  contract: { number: string; title: string };
};

/** A list of requests; which columns show depends on who is looking. */
export function RequestTable({ rows, caption, show, empty }: { rows: RequestRow[]; caption: string; show: { organization?: boolean; vendor?: boolean }; empty: string }) {
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">Request</th>
            {show.organization && <th scope="col" className="p-2">Organization</th>}
            <th scope="col" className="p-2">Contract</th>
            {show.vendor && <th scope="col" className="p-2">Vendor</th>}
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2 text-right">Total</th>
            <th scope="col" className="p-2">{show.organization && !show.vendor ? "Submitted" : "Created"}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const when = show.organization && !show.vendor ? r.submittedAt : r.createdAt;
            return (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="p-2 whitespace-nowrap">
                  <Link href={`/requests/${r.id}`}>{requestNumberLabel(r.number)}</Link>
                  {r.poNumber && <span className="block text-xs text-slate-700">PO {r.poNumber}</span>}
                </td>
                {show.organization && <td className="p-2">{r.organization.name}</td>}
                <td className="p-2">
                  {r.contract.title}
                  <span className="block text-xs text-slate-700">{r.contract.number}</span>
                </td>
                {show.vendor && <td className="p-2">{r.vendorOrganization.name}</td>}
                <td className="p-2"><StatusBadge status={r.status} /></td>
                <td className="p-2 text-right whitespace-nowrap">{formatCents(r.totalCents)}</td>
                <td className="p-2 whitespace-nowrap">{when ? formatDate(when) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "12 requests", or "more than 1,000 requests" when the capped count hit its cap. */
export function countLabel(total: number | null, cap: number): string | null {
  if (total === null) return null;
  if (total > cap) return `More than ${cap.toLocaleString("en-US")} requests`;
  return `${total.toLocaleString("en-US")} request${total === 1 ? "" : "s"}`;
}
