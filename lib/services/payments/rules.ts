// Which Stripe events the webhook acts on, and the payment status each asks for.
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { StripeCheckoutSession } from "@/lib/stripe/stripe";

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
