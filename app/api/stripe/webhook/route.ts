// POST /api/stripe/webhook: records membership payments from Stripe (signed, allow-listed, idempotent).
import { isSignatureError, verifyWebhookEvent, type StripeEvent } from "@/lib/stripe/stripe";
import { env } from "@/lib/env";
import { applyStripeEvent } from "@/lib/services/payments/apply-stripe-event";
import { isHandledEvent } from "@/lib/services/payments/rules";

export async function POST(request: Request): Promise<Response> {
  if (!env.STRIPE_WEBHOOK_SECRET)
    return Response.json({ error: "Stripe webhooks are not configured." }, { status: 503 });
  // the signature covers the exact bytes Stripe sent: read the raw body, never re-serialized JSON
  const raw = await request.text();
  let event: StripeEvent;
  try {
    event = verifyWebhookEvent(raw, request.headers.get("stripe-signature"));
  } catch (error) {
    if (isSignatureError(error)) return Response.json({ error: "Invalid signature." }, { status: 400 });
    throw error;
  }
  if (!isHandledEvent(event.type)) return Response.json({ received: true, ignored: event.type });
  try {
    const result = await applyStripeEvent(event);
    return Response.json({ received: true, result });
  } catch (error) {
    // nothing was committed: a 5xx makes Stripe deliver the event again later
    console.error(`[stripe] ${event.type} ${event.id} failed`, error);
    return Response.json({ error: "Could not record the event; Stripe will retry." }, { status: 500 });
  }
}
