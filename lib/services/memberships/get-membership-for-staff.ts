import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { todayInCooperative } from "@/lib/input/date";
import { overdueSince, paymentSelect } from "./rules";

/**
 * Staff view of one membership with its organization and payments, and `overdueSince` ("YYYY-MM-DD" or null, the
 * overdue rule on `now`'s day). NotFoundError for an unknown id.
 */
export async function getMembershipForStaff({ actor, input, now = new Date() }: TimedVerbArgs<{ id: string }>) {
  assertCan(actor, "memberships.view.all");
  const membership = await db.membership.findUnique({
    where: { id: input.id },
    include: {
      organization: { select: { id: true, name: true, kind: true, affiliations: true, town: true } },
      payments: { select: paymentSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!membership) throw new NotFoundError();
  return { ...membership, overdueSince: overdueSince(membership, todayInCooperative(now)) };
}
