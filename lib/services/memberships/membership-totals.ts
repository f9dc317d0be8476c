import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";

/**
 * This fiscal year's membership numbers for the staff dashboard: cents received and outstanding, active members,
 * unpaid fees and, of those, the overdue ones (due before `now`'s day in Connecticut: rules.ts `overdueSince`).
 */
export async function getMembershipTotals({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "memberships.view.all");
  const fiscalYear = fiscalYearOf(now);
  const unpaidWhere = {
    fiscalYear,
    paidAt: null,
    feeDueCents: { gt: 0 },
    status: { in: ["PENDING_PAYMENT" as const, "LAPSED" as const] },
  };
  const [received, owed, active, unpaid, overdue] = await Promise.all([
    db.membershipPayment.aggregate({
      where: { status: "SUCCEEDED", membership: { fiscalYear } },
      _sum: { amountCents: true },
    }),
    db.membership.aggregate({ where: unpaidWhere, _sum: { feeDueCents: true } }),
    db.membership.count({ where: { fiscalYear, status: "ACTIVE" } }),
    db.membership.count({ where: unpaidWhere }),
    db.membership.count({ where: { ...unpaidWhere, dueAt: { lt: calendarDateToDb(todayInCooperative(now)) } } }),
  ]);
  return {
    fiscalYear,
    receivedCents: received._sum.amountCents ?? 0,
    outstandingCents: owed._sum.feeDueCents ?? 0,
    active,
    unpaid,
    overdue,
  };
}
