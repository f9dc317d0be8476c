import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { env } from "@/lib/env";
import { fiscalYearOf } from "@/lib/format";
import { createMembershipCheckoutSession, stripeConfigured } from "@/lib/stripe/stripe";

/** Opens (or reuses) a Stripe Checkout session for the actor's unpaid fee; returns its URL. */
export async function startCheckout({ actor, input, now = new Date() }: TimedVerbArgs<{ membershipId: string }>) {
  assertCan(actor, "membership.pay");
  const membership = await db.membership.findFirst({
    where: { id: input.membershipId, organizationId: actor.organization.id },
    include: { organization: { select: { name: true } } },
  });
  if (!membership) throw new NotFoundError();
  if (!stripeConfigured())
    throw new ConflictError("Online payment is not configured. Pay by check, ACH or purchase order instead.");
  if (membership.feeDueCents === 0 || membership.status === "ACTIVE")
    throw new ConflictError("This membership has nothing left to pay.");
  if (membership.status === "CANCELLED")
    throw new ConflictError("This membership was cancelled; contact cooperative staff.");
  if (membership.fiscalYear < fiscalYearOf(now))
    throw new ConflictError("That fiscal year is over; contact cooperative staff.");
  const attempts = await db.membershipPayment.findMany({
    where: { membershipId: membership.id, method: "STRIPE" },
    orderBy: { createdAt: "desc" },
  });
  if (attempts.some((p) => p.status === "PENDING" && !p.checkoutUrl)) {
    throw new ConflictError("A bank payment for this fee is still processing. We email you when it clears.");
  }
  const open = attempts.find(
    (p) =>
      p.status === "PENDING" &&
      p.checkoutUrl &&
      p.checkoutExpiresAt &&
      p.checkoutExpiresAt.getTime() > now.getTime() + 5 * 60_000,
  );
  if (open?.checkoutUrl) return { url: open.checkoutUrl };
  const session = await createMembershipCheckoutSession({
    membershipId: membership.id,
    organizationId: membership.organizationId,
    organizationName: membership.organization.name,
    fiscalYear: membership.fiscalYear,
    amountCents: membership.feeDueCents,
    customerEmail: actor.email,
    successUrl: `${env.appUrl}/membership/paid?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${env.appUrl}/membership?checkout=cancelled`,
    idempotencyKey: `membership-fee-${membership.organizationId}-FY${membership.fiscalYear}-${attempts.length + 1}`,
  });
  if (!session.url) throw new Error("Stripe returned a Checkout session without a URL");
  await db.$transaction(async (tx) => {
    const payment = await tx.membershipPayment.upsert({
      where: { stripeCheckoutSessionId: session.id },
      create: {
        membershipId: membership.id,
        organizationId: membership.organizationId,
        amountCents: membership.feeDueCents,
        method: "STRIPE",
        status: "PENDING",
        stripeCheckoutSessionId: session.id,
        checkoutUrl: session.url,
        checkoutExpiresAt: new Date(session.expires_at * 1000),
        recordedByUserId: actor.userId,
      },
      update: { checkoutUrl: session.url, checkoutExpiresAt: new Date(session.expires_at * 1000) },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: membership.organizationId,
      action: "payment.checkout_started",
      entityType: "MembershipPayment",
      entityId: payment.id,
      after: { membershipId: membership.id, amountCents: membership.feeDueCents, stripeCheckoutSessionId: session.id },
    });
  });
  return { url: session.url };
}
