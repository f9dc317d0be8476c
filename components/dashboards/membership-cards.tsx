// Dashboard cards for memberships: the member's year and fee; staff's queue and payments.
import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { MembershipStatusBadge } from "@/components/memberships/membership-status";
import { getOwnMemberships } from "@/lib/services/memberships/get-own-memberships";
import { countWaitingApplications } from "@/lib/services/memberships/count-waiting-applications";
import { getMembershipTotals } from "@/lib/services/memberships/membership-totals";
import { formatCalendarDate, formatCents, formatDate } from "@/lib/format";
import { StatTiles } from "@/components/ui/stat-tiles";

export async function MemberMembershipCard({ actor }: { actor: Actor }) {
  const { fiscalYear, current, eligibility } = await getOwnMemberships({ actor });
  return (
    <Card title="Membership and fees" action={<Link href="/membership">Details and receipts</Link>}>
      {!current ? (
        <EmptyState>
          Your organization has no membership for FY{fiscalYear}. Cooperative staff create it when an application is
          approved or a membership renews.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-3">
          <p>
            FY{fiscalYear}: <MembershipStatusBadge membership={current} />{" "}
            {current.feeDueCents === 0
              ? "No annual fee (sponsor affiliation)."
              : current.paidAt
                ? `${formatCents(current.feeDueCents)} paid ${formatDate(current.paidAt)}.`
                : `${formatCents(current.feeDueCents)} ${current.overdueSince ? "was due" : "due"} ${formatCalendarDate(current.dueAt)}.`}
          </p>
          {!eligibility.eligible && (
            <Alert tone="warning">
              {eligibility.reason} {eligibility.action}
            </Alert>
          )}
        </div>
      )}
    </Card>
  );
}

export async function StaffApplicationsCard({ actor }: { actor: Actor }) {
  const waiting = await countWaitingApplications({ actor });
  return (
    <Card
      title="Member applications"
      action={<Link href="/staff/applications">Review queue</Link>}
      empty={
        waiting === 0 && "Applications to join the cooperative wait here for you to verify affiliations and approve."
      }
    >
      <p>
        <span className="text-2xl font-semibold">{waiting}</span> waiting for review.
      </p>
    </Card>
  );
}

export async function StaffPaymentsCard({ actor }: { actor: Actor }) {
  const t = await getMembershipTotals({ actor });
  return (
    <Card title="Membership payments" action={<Link href="/staff/payments">Payments ledger</Link>}>
      <StatTiles
        stats={[
          { label: `FY${t.fiscalYear} received`, value: formatCents(t.receivedCents) },
          { label: "Outstanding", value: formatCents(t.outstandingCents) },
          { label: "Active members", value: t.active },
          { label: <Link href="/staff/organizations?fee=due">Fee unpaid</Link>, value: t.unpaid },
          {
            label: "Of those, overdue",
            value: <span className={t.overdue > 0 ? "text-red-800" : undefined}>{t.overdue}</span>,
          },
        ]}
      />
    </Card>
  );
}
