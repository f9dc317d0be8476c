import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";

/** This fiscal year's membership numbers for the staff dashboard. */
export async function getMembershipTotals({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "memberships.view.all");
  const fiscalYear = fiscalYearOf(now);
  const [received, owed, active, unpaid] = await Promise.all([
    db.membershipPayment.aggregate({
      where: { status: "SUCCEEDED", membership: { fiscalYear } },
      _sum: { amountCents: true },
    }),
    db.membership.aggregate({
      where: { fiscalYear, paidAt: null, feeDueCents: { gt: 0 }, status: { in: ["PENDING_PAYMENT", "LAPSED"] } },
      _sum: { feeDueCents: true },
    }),
    db.membership.count({ where: { fiscalYear, status: "ACTIVE" } }),
    db.membership.count({
      where: { fiscalYear, paidAt: null, feeDueCents: { gt: 0 }, status: { in: ["PENDING_PAYMENT", "LAPSED"] } },
    }),
  ]);
  return {
    fiscalYear,
    receivedCents: received._sum.amountCents ?? 0,
    outstandingCents: owed._sum.feeDueCents ?? 0,
    active,
    unpaid,
  };
}
