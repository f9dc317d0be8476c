// Which Stripe events the webhook acts on, and the payment status each asks for.
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { StripeCheckoutSession } from "@/lib/stripe/stripe";
import { formatCents } from "@/lib/format";

/** The only event types the webhook acts on; anything else is acknowledged and ignored. */
const HANDLED_STRIPE_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
] as const;

export type HandledType = (typeof HANDLED_STRIPE_EVENTS)[number];

/** True for the Stripe event types the webhook acts on. */
export function isHandledEvent(type: string): type is HandledType {
  return (HANDLED_STRIPE_EVENTS as readonly string[]).includes(type);
}

/** The status a session's event asks for; SUCCEEDED is final whatever order events arrive in. */
export function targetStatus(type: HandledType, session: StripeCheckoutSession): PaymentStatus {
  if (type === "checkout.session.async_payment_succeeded") return "SUCCEEDED";
  if (type === "checkout.session.async_payment_failed") return "FAILED";
  if (type === "checkout.session.expired") return "EXPIRED";
  return session.payment_status === "unpaid" ? "PENDING" : "SUCCEEDED";
}

export function nextStatus(current: PaymentStatus, wanted: PaymentStatus): PaymentStatus {
  if (current === "SUCCEEDED") return "SUCCEEDED";
  if (wanted === "PENDING") return current; // "processing" never undoes a later outcome
  return wanted;
}

export const idOf = (v: string | { id: string } | null | undefined) => (typeof v === "string" ? v : (v?.id ?? null));

/** The balance of a membership fee in cents: the frozen fee less its succeeded payments, never below zero. */
export function amountDueCents(
  feeDueCents: number,
  payments: { status: PaymentStatus; amountCents: number }[],
): number {
  const paid = payments.filter((p) => p.status === "SUCCEEDED").reduce((sum, p) => sum + p.amountCents, 0);
  return Math.max(0, feeDueCents - paid);
}

/**
 * What staff confirm before an offline payment that is not the amount due is recorded (a typo such as 1500.00 for
 * 150.00 would otherwise record and email a receipt): "Record $1,500.00 although $150.00 is due", or null when the
 * amount (cents) is exactly what is due (cents).
 */
export function differentAmountQuestion(amountCents: number, dueCents: number): string | null {
  if (amountCents === dueCents) return null;
  return `Record ${formatCents(amountCents)} although ${formatCents(dueCents)} is due`;
}
