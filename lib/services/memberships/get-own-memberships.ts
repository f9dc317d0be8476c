import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { fiscalYearOf } from "@/lib/format";
import { getPurchaseEligibility } from "./internal/purchase-eligibility";
import { paymentSelect } from "./rules";

/** The actor's organization: every membership year with its payments, and whether it may request purchases. */
export async function getOwnMemberships({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "membership.view.own");
  const memberships = await db.membership.findMany({
    where: { organizationId: actor.organization.id },
    orderBy: { fiscalYear: "desc" },
    include: { payments: { select: paymentSelect, orderBy: { createdAt: "desc" } } },
  });
  const fiscalYear = fiscalYearOf(now);
  return {
    fiscalYear,
    current: memberships.find((m) => m.fiscalYear === fiscalYear) ?? null,
    memberships,
    eligibility: await getPurchaseEligibility(actor.organization.id, now),
  };
}
