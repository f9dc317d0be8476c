import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { fiscalYearOf } from "@/lib/format";
import { getPurchaseEligibility } from "./get-eligibility";

const paymentSelect = {
  id: true,
  receiptNumber: true,
  amountCents: true,
  method: true,
  status: true,
  reference: true,
  receivedAt: true,
  createdAt: true,
  stripeCheckoutSessionId: true,
  checkoutUrl: true,
} as const;

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

/** The success page reads the outcome from our database, never from the redirect's query. */
export async function getOwnCheckoutPayment({ actor, input }: { actor: Actor | null; input: { sessionId: string } }) {
  assertCan(actor, "membership.view.own");
  const payment = await db.membershipPayment.findFirst({
    where: { stripeCheckoutSessionId: input.sessionId, organizationId: actor.organization.id },
    select: { ...paymentSelect, membership: { select: { fiscalYear: true, status: true } } },
  });
  if (!payment) throw new NotFoundError();
  return payment;
}

/** Staff view of one membership with its organization and payments. */
export async function getMembershipForStaff({ actor, input }: { actor: Actor | null; input: { id: string } }) {
  assertCan(actor, "memberships.view.all");
  const membership = await db.membership.findUnique({
    where: { id: input.id },
    include: {
      organization: { select: { id: true, name: true, kind: true, affiliations: true, town: true } },
      payments: { select: paymentSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!membership) throw new NotFoundError();
  return membership;
}
