// The one module that talks to Stripe: the client, Checkout sessions, webhook verification.
// STRIPE_API_BASE points the SDK at a local fake in tests (host/port/protocol options).
import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

export type StripeCheckoutSession = Stripe.Checkout.Session;
export type StripeEvent = Stripe.Event;

let client: Stripe | null = null;

function stripe(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new Error("Stripe is not configured (STRIPE_SECRET_KEY)");
  if (client) return client;
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  client = new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "https:" ? 443 : 80),
          protocol: base.protocol === "https:" ? ("https" as const) : ("http" as const),
        }
      : {}),
  });
  return client;
}

export type MembershipCheckoutInput = {
  membershipId: string;
  organizationId: string;
  organizationName: string;
  fiscalYear: number;
  amountCents: number;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
  /** One key per organization, fiscal year and attempt: a double click makes one session. */
  idempotencyKey: string;
};

/** A Checkout session in payment mode for one membership fee; Stripe emails the invoice as a receipt. */
export async function createMembershipCheckoutSession(input: MembershipCheckoutInput): Promise<StripeCheckoutSession> {
  const metadata = {
    membershipId: input.membershipId,
    organizationId: input.organizationId,
    fiscalYear: String(input.fiscalYear),
  };
  return stripe().checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: input.membershipId,
      customer_email: input.customerEmail,
      metadata,
      payment_intent_data: { metadata },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "usd",
            unit_amount: input.amountCents,
            product_data: { name: `Cooperative membership FY${input.fiscalYear}: ${input.organizationName}` },
          },
        },
      ],
      invoice_creation: {
        enabled: true,
        invoice_data: { description: `Annual membership fee, FY${input.fiscalYear}`, metadata },
      },
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    },
    { idempotencyKey: input.idempotencyKey },
  );
}

/** Verifies the signature over the exact raw body; throws on a bad or stale signature. */
export function verifyWebhookEvent(rawBody: string, signature: string | null): StripeEvent {
  if (!env.STRIPE_WEBHOOK_SECRET) throw new Error("STRIPE_WEBHOOK_SECRET is not set");
  if (!signature)
    throw new Stripe.errors.StripeSignatureVerificationError("", rawBody, { message: "No Stripe-Signature header" });
  return Stripe.webhooks.constructEvent(rawBody, signature, env.STRIPE_WEBHOOK_SECRET);
}

export function isSignatureError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeSignatureVerificationError;
}

export const stripeConfigured = () => Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
