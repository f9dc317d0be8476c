// The whole join-and-pay path: public application, staff approval, fee from the schedule,
// Stripe Checkout against the local fake, a signed webhook through the real route handler.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = vi.hoisted(() => {
  const p = 21000 + Math.floor(Math.random() * 4000);
  process.env.STRIPE_SECRET_KEY = "sk_test_portal";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_portal";
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${p}`;
  return p;
});

import { db } from "@/lib/db";
import { POST } from "@/app/api/stripe/webhook/route";
import { submitApplication } from "@/lib/services/memberships/submit-application";
import { approveApplication } from "@/lib/services/memberships/approve-application";
import { rejectApplication } from "@/lib/services/memberships/reject-application";
import { getPurchaseEligibility } from "@/lib/services/memberships/internal/purchase-eligibility";
import { startCheckout } from "@/lib/services/payments/start-checkout";
import { actorForSessionToken } from "@/lib/auth/session";
import { ConflictError } from "@/lib/errors";
import { actorOf, signInAs, uid } from "../factories";
import { ensureFeeSchedule, WEBHOOK_SECRET } from "../factories/memberships";
import { StripeFake, signedRequest } from "../support/stripe-fake";

const fake = new StripeFake();
beforeAll(async () => {
  await fake.start(port);
  await ensureFeeSchedule();
});
afterAll(() => fake.stop());

const application = (over: Record<string, unknown> = {}) => ({
  kind: "LIBRARY" as const,
  legalName: `${uid("Lib")} Memorial Library`,
  town: "Testbury",
  address: "1 Main Street, Testbury, CT 06000",
  website: "",
  contactName: "Pat Librarian",
  contactEmail: `${uid("dir")}@library.example`,
  affiliations: [] as ("CRCOG" | "CRPC" | "COST")[],
  ...over,
});

describe("join, approve and pay", () => {
  it("an independent library applies, is approved, owes the schedule's fee, pays through Checkout and becomes active", async () => {
    const { actor: staff } = await actorOf("COOPERATIVE", "ADMIN");
    const input = application();
    const app = await submitApplication({ input, ip: "203.0.113.7" });
    expect(await db.emailMessage.count({ where: { to: input.contactEmail, subject: { contains: "received" } } })).toBe(
      1,
    );

    const approved = await approveApplication({ actor: staff, input: { id: app.id, verifiedAffiliations: [] } });
    expect(approved.feeDueCents).toBe(150_00); // the schedule's library amount
    expect(approved.status).toBe("PENDING_PAYMENT");
    expect(
      await db.emailMessage.count({ where: { to: input.contactEmail, subject: { contains: "now a member" } } }),
    ).toBe(1);
    const eligibility = await getPurchaseEligibility(approved.organizationId);
    expect(eligibility).toMatchObject({ eligible: false, reason: expect.stringContaining("$150.00") });

    // the first admin exists and can act for the new organization
    const admin = await db.user.findUniqueOrThrow({ where: { email: input.contactEmail } });
    const actor = await signInAs(admin.id);
    expect(actor.organization.id).toBe(approved.organizationId);
    expect(actor.role).toBe("ADMIN");

    const { url } = await startCheckout({ actor, input: { membershipId: approved.membershipId } });
    // a double click reuses the open session instead of making a second one
    expect((await startCheckout({ actor, input: { membershipId: approved.membershipId } })).url).toBe(url);
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests[0];
    expect(sent.body).toMatchObject({
      mode: "payment",
      client_reference_id: approved.membershipId,
      metadata: { membershipId: approved.membershipId, organizationId: approved.organizationId },
      invoice_creation: { enabled: "true" },
    });
    expect(sent.idempotencyKey).toMatch(new RegExp(`^membership-fee-${approved.organizationId}-FY\\d{4}-1$`));
    const sessionId = [...fake.sessions.values()].find((s) => s.client_reference_id === approved.membershipId)!.id;

    const res = await POST(signedRequest("http://localhost/api/stripe/webhook", fake.paid(sessionId), WEBHOOK_SECRET));
    expect(res.status).toBe(200);
    const membership = await db.membership.findUniqueOrThrow({
      where: { id: approved.membershipId },
      include: { payments: true },
    });
    expect(membership.status).toBe("ACTIVE");
    expect(membership.paidAt).not.toBeNull();
    expect(membership.payments).toHaveLength(1);
    expect(membership.payments[0]).toMatchObject({
      status: "SUCCEEDED",
      amountCents: 150_00,
      method: "STRIPE",
      stripeInvoiceId: expect.stringMatching(/^in_/),
    });
    expect(await getPurchaseEligibility(approved.organizationId)).toEqual({ eligible: true });
    expect(
      await db.emailMessage.count({ where: { to: input.contactEmail, subject: { startsWith: "Receipt R-" } } }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({
        where: {
          organizationId: approved.organizationId,
          action: {
            in: [
              "membership.application_approved",
              "membership.created",
              "payment.checkout_started",
              "payment.stripe.completed",
              "membership.paid",
            ],
          },
        },
      }),
    ).toBe(5);
  });

  it("a CRCOG town applies, staff verify the claim: it owes $0 and is active at once", async () => {
    const { actor: staff } = await actorOf("COOPERATIVE", "STAFF");
    const app = await submitApplication({
      input: application({ kind: "MUNICIPALITY", legalName: `Town of ${uid("Crcog")}`, affiliations: ["CRCOG"] }),
      ip: "203.0.113.8",
    });
    const approved = await approveApplication({ actor: staff, input: { id: app.id, verifiedAffiliations: ["CRCOG"] } });
    expect(approved).toMatchObject({ feeDueCents: 0, status: "ACTIVE" });
    expect(await getPurchaseEligibility(approved.organizationId)).toEqual({ eligible: true });
  });

  it("an unverified claim does not count: the town pays the independent fee", async () => {
    const { actor: staff } = await actorOf("COOPERATIVE", "ADMIN");
    const app = await submitApplication({
      input: application({ kind: "MUNICIPALITY", legalName: `Town of ${uid("Claim")}`, affiliations: ["COST"] }),
      ip: "203.0.113.9",
    });
    const approved = await approveApplication({ actor: staff, input: { id: app.id, verifiedAffiliations: [] } });
    expect(approved.feeDueCents).toBe(250_00);
    const org = await db.organization.findUniqueOrThrow({ where: { id: approved.organizationId } });
    expect(org.affiliations).toEqual([]);
  });

  it("duplicates are caught: an existing member, or an application already waiting", async () => {
    const { org } = await actorOf("LIBRARY", "ADMIN");
    await expect(
      submitApplication({ input: application({ legalName: `  ${org.name.toUpperCase()}. ` }), ip: "203.0.113.10" }),
    ).rejects.toThrow(/already a member/);
    const input = application();
    await submitApplication({ input, ip: "203.0.113.10" });
    await expect(
      submitApplication({ input: { ...input, legalName: `The ${input.legalName.toLowerCase()}` }, ip: "203.0.113.10" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("a rejected application records the reason and emails it; it cannot be decided twice", async () => {
    const { actor: staff } = await actorOf("COOPERATIVE", "ADMIN");
    const input = application();
    const app = await submitApplication({ input, ip: "203.0.113.11" });
    await rejectApplication({ actor: staff, input: { id: app.id, reason: "Not a Connecticut public entity." } });
    expect(
      await db.emailMessage.findFirst({
        where: { to: input.contactEmail, text: { contains: "Not a Connecticut public entity." } },
      }),
    ).not.toBeNull();
    await expect(
      approveApplication({ actor: staff, input: { id: app.id, verifiedAffiliations: [] } }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("only staff review applications", async () => {
    const { actor: member } = await actorOf("MUNICIPALITY", "ADMIN");
    const app = await submitApplication({ input: application(), ip: "203.0.113.12" });
    await expect(
      approveApplication({ actor: member, input: { id: app.id, verifiedAffiliations: [] } }),
    ).rejects.toThrow(/permission/);
    expect(await actorForSessionToken("nope")).toBeNull();
  });
});
