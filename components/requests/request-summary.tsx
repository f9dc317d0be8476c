// The request's facts and priced lines: shown on the request page and on the printable summary.
import { formatCalendarDate, formatCents, formatDate } from "@/lib/format";
import type { RequestDetail } from "@/lib/services/requests/get-request";
import { ScrollTable } from "@/components/ui/scroll-table";

export function RequestFactsList({ r }: { r: RequestDetail }) {
  const row = (term: string, value: React.ReactNode) => (
    <div className="flex flex-col sm:flex-row sm:gap-2">
      <dt className="font-medium sm:w-48 sm:shrink-0">{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="flex flex-col gap-1">
      {row(
        "Requested by",
        `${r.organization.name}${r.createdBy ? `: ${r.createdBy.name ?? r.createdBy.email}${r.createdBy.title ? `, ${r.createdBy.title}` : ""}` : ""}`,
      )}
      {row("Vendor", r.vendorOrganization.name)}
      {row(
        "Contract",
        `${r.contract.number}: ${r.contract.title} (term ${formatCalendarDate(r.contract.termStart)} to ${formatCalendarDate(r.contract.termEnd)})`,
      )}
      {row("Town purchase order", r.poNumber ?? "Not given")}
      {row("Needed by", r.neededBy ? formatCalendarDate(r.neededBy) : "Not given")}
      {row("Created", formatDate(r.createdAt))}
      {row("Sent to vendor", r.submittedAt ? formatDate(r.submittedAt) : "Not yet")}
      {r.usesPilotPrices && row("Prices", "Pilot prices (the organization is a pilot participant)")}
      {r.closedReason && row("Reason", r.closedReason)}
    </dl>
  );
}

export function RequestLines({ r }: { r: RequestDetail }) {
  return (
    <ScrollTable
      framed
      caption="Lines, priced from the contract's schedule"
      captionClassName="p-2 text-left font-semibold"
      columns={[
        { label: "Item" },
        { label: "Unit" },
        { label: "Quantity", align: "right" },
        { label: "Unit price", align: "right" },
        { label: "Line total", align: "right" },
      ]}
      footer={
        <tr className="border-t border-slate-300 font-semibold">
          <th scope="row" colSpan={4} className="p-2 text-right">
            Total
          </th>
          <td className="p-2 text-right whitespace-nowrap">{formatCents(r.totalCents)}</td>
        </tr>
      }
    >
      {r.lines.map((l) => (
        <tr key={l.id} className="border-t border-slate-200">
          <td className="p-2">
            {l.description} <span className="block text-xs text-slate-700">{l.itemCode}</span>
          </td>
          <td className="p-2">{l.unit}</td>
          <td className="p-2 text-right">{l.quantity.toLocaleString("en-US")}</td>
          <td className="p-2 text-right whitespace-nowrap">{formatCents(l.unitPriceCents)}</td>
          <td className="p-2 text-right whitespace-nowrap">{formatCents(l.lineTotalCents)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
