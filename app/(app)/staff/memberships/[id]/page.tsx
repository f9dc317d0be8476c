import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { getMembershipForStaff } from "@/lib/services/memberships/get-membership-for-staff";
import { amountDueCents } from "@/lib/services/payments/rules";
import { fiscalYearLabel, formatCalendarDate, formatCents } from "@/lib/format";
import { todayInCooperative } from "@/lib/input/date";
import { ORG_KIND_LABEL, receiptLabel } from "@/lib/labels";
import { Card, EmptyState } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { Alert } from "@/components/ui/alert";
import { MembershipStatusBadge } from "@/components/memberships/membership-status";
import { OfflinePaymentForm } from "@/components/memberships/offline-payment-form";
import { PaymentTable } from "@/components/memberships/payment-table";

export const metadata: Metadata = { title: "Membership" };

export default async function StaffMembershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const recorded = Number((await searchParams).recorded);
  const actor = await requirePageActor(`/staff/memberships/${id}`);
  const m = await loadForPage(() => getMembershipForStaff({ actor, input: { id } }));
  const balance = amountDueCents(m.feeDueCents, m.payments);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/staff/organizations">← Organizations</Link>
      </p>
      <h1>
        {m.organization.name}: {fiscalYearLabel(m.fiscalYear)}
      </h1>
      {Number.isInteger(recorded) && recorded > 0 && (
        <Alert tone="success">Payment recorded as receipt {receiptLabel(recorded)}.</Alert>
      )}
      <Card title="Membership">
        <FactList
          columns={3}
          facts={[
            { label: "Status", value: <MembershipStatusBadge membership={m} /> },
            { label: "Kind", value: ORG_KIND_LABEL[m.organization.kind] },
            { label: "Fee basis", value: m.feeBasis.join(", ") || "Independent" },
            { label: "Fee due (frozen)", value: formatCents(m.feeDueCents) },
            { label: "Balance", value: formatCents(balance) },
            {
              label: "Due · grace ends",
              value: `${formatCalendarDate(m.dueAt)} · ${formatCalendarDate(m.graceEndsAt)}`,
              valueClassName: m.overdueSince ? "font-semibold text-red-800" : undefined,
            },
          ]}
        />
      </Card>
      <Card title="Payments">
        {m.payments.length === 0 ? (
          <EmptyState>
            Online payments and the check, ACH and purchase-order payments you record appear here.
          </EmptyState>
        ) : (
          <PaymentTable caption="Payments toward this membership" show={{ reference: true }} rows={m.payments} />
        )}
      </Card>
      {can(actor, "payments.record") && balance > 0 && m.status !== "CANCELLED" && (
        <Card title="Record an offline payment">
          <OfflinePaymentForm
            membershipId={m.id}
            defaultAmount={(balance / 100).toFixed(2)}
            today={todayInCooperative()}
          />
        </Card>
      )}
    </div>
  );
}
