// Applies one verified Stripe event. The event id is stored under a unique constraint in
// the same transaction as its effect, so a redelivery (even a concurrent one) changes nothing.
// Authenticated by the webhook signature, not by a session: there is no actor.
import { db } from "@/lib/db";
import { deliverEmails } from "@/lib/email/send";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StripeCheckoutSession, StripeEvent } from "@/lib/stripe/stripe";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { queueOrganizationEmails, portalLink } from "@/lib/services/memberships/internal/notify";
import { lockMembership, settleMembership } from "./internal/settle-membership";
import { idOf, isHandledEvent, nextStatus, targetStatus, type HandledType } from "./rules";

export type ApplyResult = "applied" | "duplicate" | "ignored";

// eslint-disable-next-line portal/assert-can-first -- Stripe's webhook: authenticated by its signature, no actor
export async function applyStripeEvent(event: StripeEvent): Promise<ApplyResult> {
  if (!isHandledEvent(event.type)) return "ignored";
  const type = event.type;
  const session = event.data.object as StripeCheckoutSession;
  try {
    const emailIds = await db.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type } });
      return applySessionEvent(tx, type, session, new Date(event.created * 1000));
    });
    await deliverEmails(emailIds);
    return "applied";
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      String(error.meta?.modelName ?? error.message).includes("StripeEvent")
    ) {
      return "duplicate";
    }
    throw error;
  }
}

async function applySessionEvent(
  tx: Tx,
  type: HandledType,
  session: StripeCheckoutSession,
  at: Date,
): Promise<string[]> {
  const membershipId = session.metadata?.membershipId ?? session.client_reference_id;
  const membership = membershipId ? await tx.membership.findUnique({ where: { id: membershipId } }) : null;
  if (
    !membership ||
    (session.metadata?.organizationId && session.metadata.organizationId !== membership.organizationId)
  ) {
    console.warn(`[stripe] ${type} for session ${session.id} names no membership of ours; recorded and ignored`);
    return [];
  }
  await lockMembership(tx, membership.id);
  const existing = await tx.membershipPayment.findUnique({ where: { stripeCheckoutSessionId: session.id } });
  const wanted = targetStatus(type, session);
  const status = existing ? nextStatus(existing.status, wanted) : wanted;
  const data = {
    status,
    amountCents: session.amount_total ?? existing?.amountCents ?? membership.feeDueCents,
    stripePaymentIntentId: idOf(session.payment_intent) ?? existing?.stripePaymentIntentId ?? null,
    stripeInvoiceId: idOf(session.invoice) ?? existing?.stripeInvoiceId ?? null,
    receivedAt: status === "SUCCEEDED" ? (existing?.receivedAt ?? at) : null,
    // once a customer has paid or started a bank debit, the Checkout link is spent
    checkoutUrl: status === "PENDING" && type !== "checkout.session.completed" ? (existing?.checkoutUrl ?? null) : null,
  };
  const payment = existing
    ? await tx.membershipPayment.update({ where: { id: existing.id }, data })
    : await tx.membershipPayment.create({
        data: {
          ...data,
          membershipId: membership.id,
          organizationId: membership.organizationId,
          method: "STRIPE",
          stripeCheckoutSessionId: session.id,
        },
      });
  if (existing?.status === payment.status && existing.stripeInvoiceId === payment.stripeInvoiceId) return [];
  await recordAudit(tx, {
    actorUserId: null,
    organizationId: membership.organizationId,
    action: `payment.stripe.${type.replace("checkout.session.", "")}`,
    entityType: "MembershipPayment",
    entityId: payment.id,
    before: existing ? { status: existing.status } : undefined,
    after: { status: payment.status, amountCents: payment.amountCents, stripeCheckoutSessionId: session.id },
  });
  if (payment.status === "SUCCEEDED" && existing?.status !== "SUCCEEDED") {
    return settleMembership(tx, { membershipId: membership.id, actorUserId: null, paymentId: payment.id, at });
  }
  if (payment.status === "FAILED" && existing?.status !== "FAILED") {
    return queueOrganizationEmails(tx, membership.organizationId, (name) => ({
      subject: `Your FY${membership.fiscalYear} membership payment did not go through`,
      text: [
        `Hello${name ? ` ${name}` : ""},`,
        "",
        "Your bank declined or returned the payment for your cooperative membership fee. Nothing was charged.",
        `Please try again, or pay by check, ACH or purchase order: ${portalLink("/membership")}`,
      ].join("\n"),
    }));
  }
  return [];
}
