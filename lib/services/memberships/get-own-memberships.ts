import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";
import { getPurchaseEligibility } from "./internal/purchase-eligibility";
import { todayInCooperative } from "@/lib/input/date";
import { overdueSince, paymentSelect } from "./rules";

/**
 * The actor's organization: every membership year with its payments, whether it may request purchases, and this
 * year's membership (`current`) with `overdueSince` ("YYYY-MM-DD" or null, the overdue rule on `now`'s day).
 */
export async function getOwnMemberships({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "membership.view.own");
  const memberships = await db.membership.findMany({
    where: { organizationId: actor.organization.id },
    orderBy: { fiscalYear: "desc" },
    include: { payments: { select: paymentSelect, orderBy: { createdAt: "desc" } } },
  });
  const fiscalYear = fiscalYearOf(now);
  const current = memberships.find((m) => m.fiscalYear === fiscalYear);
  return {
    fiscalYear,
    current: current ? { ...current, overdueSince: overdueSince(current, todayInCooperative(now)) } : null,
    memberships,
    eligibility: await getPurchaseEligibility(actor.organization.id, now),
  };
}
