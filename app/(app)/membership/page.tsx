import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { env } from "@/lib/env";
import { getOwnMemberships } from "@/lib/services/memberships/get-own-memberships";
import { fiscalYearLabel, formatCalendarDate, formatCents, formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { PayButton } from "@/components/memberships/pay-button";
import { OfflineInstructions } from "@/components/memberships/offline-instructions";
import { MembershipStatusBadge } from "@/components/memberships/membership-status";
import { PaymentTable } from "@/components/memberships/payment-table";

export const metadata: Metadata = { title: "Membership and fees" };

export default async function MembershipPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("/membership");
  const { fiscalYear, current, memberships, eligibility } = await loadForPage(() => getOwnMemberships({ actor }));
  const cancelled = (await searchParams).checkout === "cancelled";
  const owes = current && current.feeDueCents > 0 && current.status !== "ACTIVE" && current.status !== "CANCELLED";
  // a bank debit (ACH) started in Checkout stays PENDING, without a link, until it clears
  const processing =
    current?.payments.some((p) => p.method === "STRIPE" && p.status === "PENDING" && !p.checkoutUrl) ?? false;
  const payments = memberships.flatMap((m) =>
    m.payments.filter((p) => p.status !== "EXPIRED").map((p) => ({ ...p, fiscalYear: m.fiscalYear })),
  );
  return (
    <div className="flex flex-col gap-6">
      <h1>Membership and fees</h1>
      {cancelled && <Alert tone="info">You left the payment page. Nothing was charged.</Alert>}
      {eligibility.eligible ? (
        <Alert tone="success">Your organization can request purchases on cooperative contracts.</Alert>
      ) : (
        <Alert tone="warning" title="Purchase requests are paused">
          <p>{eligibility.reason}</p>
          <p className="mt-1">{eligibility.action}</p>
          <p className="mt-1">You can still browse contracts and prices.</p>
        </Alert>
      )}
      <Card title={fiscalYearLabel(fiscalYear)}>
        {!current ? (
          <EmptyState>
            Your organization has no membership for this fiscal year. Cooperative staff create it when an application is
            approved or a membership renews.
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-4">
            <FactList
              columns={3}
              facts={[
                { label: "Status", value: <MembershipStatusBadge membership={current} /> },
                {
                  label: "Annual fee",
                  value: formatCents(current.feeDueCents),
                  valueClassName: "text-xl font-semibold",
                },
                {
                  label: current.paidAt ? "Paid" : current.feeDueCents === 0 ? "Why no fee" : "Due",
                  value: current.paidAt
                    ? formatDate(current.paidAt)
                    : current.feeDueCents === 0
                      ? `Member of ${current.feeBasis.join(", ")}`
                      : formatCalendarDate(current.dueAt),
                  valueClassName: current.overdueSince ? "font-semibold text-red-800" : undefined,
                },
              ]}
            />
            {processing && (
              <Alert tone="info">
                Your bank payment is processing. This usually takes a few business days; we email you when it clears.
              </Alert>
            )}
            {current.overdueSince && !processing && (
              <Alert tone="error" title="The fee is overdue">
                The {formatCents(current.feeDueCents)} fee was due {formatCalendarDate(current.overdueSince)}. Please
                pay it now, or tell cooperative staff if a check or purchase order is on its way.
              </Alert>
            )}
            {owes && !processing && (
              <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
                <h3 className="font-semibold">Pay the {formatCents(current.feeDueCents)} fee</h3>
                {!can(actor, "membership.pay") ? (
                  <p>Your organization&apos;s administrator or purchasing officer can pay the fee.</p>
                ) : env.stripeEnabled && env.STRIPE_WEBHOOK_SECRET ? (
                  <PayButton membershipId={current.id} label={`Pay ${formatCents(current.feeDueCents)} online`} />
                ) : (
                  <Alert tone="info" title="Online payment is not configured">
                    The portal is not connected to a payment processor yet, so pay offline as below; cooperative staff
                    record your payment and a receipt appears here.
                  </Alert>
                )}
                <h4 className="font-medium">Or pay offline</h4>
                <OfflineInstructions organizationName={actor.organization.name} fiscalYear={current.fiscalYear} />
              </div>
            )}
          </div>
        )}
      </Card>
      <Card title="Payments and receipts">
        {payments.length === 0 ? (
          <EmptyState>
            Payments your organization makes, online or by check, ACH or purchase order, appear here with a printable
            receipt.
          </EmptyState>
        ) : (
          <PaymentTable
            caption="Membership payments"
            show={{ fiscalYear: true, date: true }}
            rows={payments.map((p) => ({ ...p, date: p.receivedAt ?? p.createdAt }))}
          />
        )}
      </Card>
    </div>
  );
}
