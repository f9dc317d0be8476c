import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { paymentSelect } from "./rules";

/** The success page reads the outcome from our database, never from the redirect's query. */
export async function getOwnCheckoutPayment({ actor, input }: VerbArgs<{ sessionId: string }>) {
  assertCan(actor, "membership.view.own");
  const payment = await db.membershipPayment.findFirst({
    where: { stripeCheckoutSessionId: input.sessionId, organizationId: actor.organization.id },
    select: { ...paymentSelect, membership: { select: { fiscalYear: true, status: true } } },
  });
  if (!payment) throw new NotFoundError();
  return payment;
}
