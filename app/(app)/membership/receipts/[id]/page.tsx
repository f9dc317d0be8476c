import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getReceipt } from "@/lib/services/payments/get-receipt";
import { formatCents, formatDate } from "@/lib/format";
import { PAYMENT_METHOD_LABEL, receiptLabel } from "@/lib/labels";
import { PrintButton } from "@/components/ui/print-button";

export const metadata: Metadata = { title: "Receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/membership/receipts/${id}`);
  const p = await loadForPage(() => getReceipt({ actor, input: { id } }));
  const rows: [string, string][] = [
    ["Receipt number", receiptLabel(p.receiptNumber)],
    ["Date received", formatDate(p.receivedAt ?? p.createdAt)],
    ["Received from", p.organization.name],
    [
      "For",
      `Cooperative membership, FY${p.membership.fiscalYear} (July 1, ${p.membership.fiscalYear - 1} – June 30, ${p.membership.fiscalYear})`,
    ],
    ["Method", PAYMENT_METHOD_LABEL[p.method]],
    ...(p.reference ? ([["Reference", p.reference]] as [string, string][]) : []),
    ["Amount", formatCents(p.amountCents)],
  ];
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p className="no-print">
        <Link href={actor.side === "staff" ? "/staff/payments" : "/membership"}>← Back</Link>
      </p>
      <article className="rounded-lg border border-slate-300 bg-white p-8" aria-labelledby="receipt-title">
        <p className="text-sm text-slate-700">
          CRCOG IT Services Cooperative · Capitol Region Council of Governments · 241 Main Street, Hartford, CT 06106
        </p>
        <h1 id="receipt-title" className="mt-4">
          Receipt {receiptLabel(p.receiptNumber)}
        </h1>
        <dl className="mt-6 grid gap-3">
          {rows.map(([k, v]) => (
            <div key={k} className="grid grid-cols-3 gap-2 border-b border-slate-200 pb-2">
              <dt className="text-slate-700">{k}</dt>
              <dd className="col-span-2 font-medium">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-6 text-slate-800">Thank you. This receipt confirms payment in full of the amount above.</p>
      </article>
      <div className="no-print">
        <PrintButton label="Print receipt" />
      </div>
    </div>
  );
}
