import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listPayments } from "@/lib/services/payments/list-payments";
import { formatCents, formatDate } from "@/lib/format";
import { PAYMENT_METHOD_LABEL, PAYMENT_STATUS_LABEL, receiptLabel } from "@/lib/labels";
import { PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";
import { SCROLL_REGION } from "@/components/ui/scroll-region";
import { FilterForm } from "@/components/ui/filter-form";
import { labelOptions } from "@/components/ui/field";

export const metadata: Metadata = { title: "Payments ledger" };

const Query = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  method: z.enum(PaymentMethod).optional().catch(undefined),
  status: z.enum(PaymentStatus).optional().catch(undefined),
});

export default async function PaymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("/staff/payments");
  const input = Query.parse(await searchParams);
  const { rows, receivedCents } = await loadForPage(() => listPayments({ actor, input }));
  return (
    <div className="flex flex-col gap-4">
      <h1>Payments ledger</h1>
      <FilterForm
        fields={[
          {
            name: "fiscalYear",
            label: "Fiscal year",
            inputMode: "numeric",
            defaultValue: input.fiscalYear?.toString(),
          },
          {
            name: "method",
            label: "Method",
            type: "select",
            defaultValue: input.method,
            options: [{ value: "", label: "All methods" }, ...labelOptions(PAYMENT_METHOD_LABEL)],
          },
          {
            name: "status",
            label: "Status",
            type: "select",
            defaultValue: input.status,
            options: [{ value: "", label: "All statuses" }, ...labelOptions(PAYMENT_STATUS_LABEL)],
          },
        ]}
      />
      <p aria-live="polite">
        {rows.length} payments · {formatCents(receivedCents)} received
      </p>
      <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Membership payments, newest first</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                Receipt
              </th>
              <th scope="col" className="p-2">
                Organization
              </th>
              <th scope="col" className="p-2">
                Year
              </th>
              <th scope="col" className="p-2">
                Method
              </th>
              <th scope="col" className="p-2">
                Reference
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Date
              </th>
              <th scope="col" className="p-2 text-right">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="p-2">
                  {p.status === "SUCCEEDED" ? (
                    <Link href={`/membership/receipts/${p.id}`}>{receiptLabel(p.receiptNumber)}</Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="p-2">
                  <Link href={`/staff/memberships/${p.membership.id}`}>{p.organization.name}</Link>
                </td>
                <td className="p-2">FY{p.membership.fiscalYear}</td>
                <td className="p-2">{PAYMENT_METHOD_LABEL[p.method]}</td>
                <td className="p-2">{p.reference ?? p.stripeCheckoutSessionId ?? "—"}</td>
                <td className="p-2">{PAYMENT_STATUS_LABEL[p.status]}</td>
                <td className="p-2">{formatDate(p.receivedAt ?? p.createdAt)}</td>
                <td className="p-2 text-right">{formatCents(p.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
