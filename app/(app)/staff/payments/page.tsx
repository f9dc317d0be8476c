import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listPayments } from "@/lib/services/payments/list-payments";
import { formatCents } from "@/lib/format";
import { PAYMENT_METHOD_LABEL, PAYMENT_STATUS_LABEL } from "@/lib/labels";
import { PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";
import { PaymentTable } from "@/components/memberships/payment-table";
import { FilterForm } from "@/components/ui/filter-form";

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
        values={input}
        fields={[
          { name: "fiscalYear", label: "Fiscal year", inputMode: "numeric" },
          { name: "method", label: "Method", type: "select", empty: "All methods", options: PAYMENT_METHOD_LABEL },
          { name: "status", label: "Status", type: "select", empty: "All statuses", options: PAYMENT_STATUS_LABEL },
        ]}
      />
      <p aria-live="polite">
        {rows.length} payments · {formatCents(receivedCents)} received
      </p>
      <PaymentTable
        framed
        caption="Membership payments, newest first"
        show={{ organization: true, fiscalYear: true, reference: true, date: true }}
        rows={rows.map((p) => ({
          ...p,
          reference: p.reference ?? p.stripeCheckoutSessionId,
          fiscalYear: p.membership.fiscalYear,
          organization: { name: p.organization.name, href: `/staff/memberships/${p.membership.id}` },
          date: p.receivedAt ?? p.createdAt,
        }))}
      />
    </div>
  );
}
