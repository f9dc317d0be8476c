// The Stripe webhook through the real route handler: signatures, idempotency under
// redelivery and concurrency, out-of-order events, and a database failure mid-transaction.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = vi.hoisted(() => {
  const p = 25000 + Math.floor(Math.random() * 4000);
  process.env.STRIPE_SECRET_KEY = "sk_test_portal";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_portal";
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${p}`;
  return p;
});

import { db } from "@/lib/db";
import { POST } from "@/app/api/stripe/webhook/route";
import { startCheckout } from "@/lib/services/payments/start-checkout";
import { actorOf } from "../factories";
import { createMembershipRow, WEBHOOK_SECRET } from "../factories/memberships";
import { StripeFake, signedRequest } from "../support/stripe-fake";

const URL = "http://localhost/api/stripe/webhook";
const fake = new StripeFake();
beforeAll(() => fake.start(port));
afterAll(() => fake.stop());

/** A member with an unpaid $250 membership and an open Checkout session for it. */
async function unpaidWithSession() {
  const { org, actor } = await actorOf("LIBRARY", "ADMIN");
  const membership = await createMembershipRow(org.id);
  await startCheckout({ actor, input: { membershipId: membership.id } });
  const session = [...fake.sessions.values()].find((s) => s.client_reference_id === membership.id)!;
  return { org, membership, sessionId: session.id };
}

const deliver = (event: unknown, opts: { badSignature?: boolean } = {}) =>
  POST(signedRequest(URL, event, WEBHOOK_SECRET, opts));
const state = async (membershipId: string) => ({
  membership: await db.membership.findUniqueOrThrow({ where: { id: membershipId } }),
  payments: await db.membershipPayment.findMany({ where: { membershipId } }),
});

describe("Stripe webhook", () => {
  it("a bad signature answers 400 and records nothing", async () => {
    const { membership, sessionId } = await unpaidWithSession();
    const event = fake.paid(sessionId);
    const res = await deliver(event, { badSignature: true });
    expect(res.status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    const s = await state(membership.id);
    expect(s.membership.status).toBe("PENDING_PAYMENT");
    expect(s.payments.map((p) => p.status)).toEqual(["PENDING"]);
    // a body changed after signing fails too
    const tampered = signedRequest(URL, event, WEBHOOK_SECRET);
    const body = (await tampered.text()).replace('"paid"', '"paid" ');
    expect((await POST(new Request(URL, { method: "POST", body, headers: tampered.headers }))).status).toBe(400);
    expect((await POST(new Request(URL, { method: "POST", body }))).status).toBe(400);
  });

  it("event types outside the allow-list are acknowledged and ignored", async () => {
    const { sessionId } = await unpaidWithSession();
    const event = { ...fake.paid(sessionId), type: "customer.created" };
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
  });

  it("one event delivered 10 times in a row records exactly one payment", async () => {
    const { membership, sessionId } = await unpaidWithSession();
    const event = fake.paid(sessionId);
    for (let i = 0; i < 10; i++) expect((await deliver(event)).status).toBe(200);
    const s = await state(membership.id);
    expect(s.payments.filter((p) => p.status === "SUCCEEDED")).toHaveLength(1);
    expect(s.membership.status).toBe("ACTIVE");
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "membership.paid", entityId: membership.id } })).toBe(1);
  });

  it("one event delivered 10 times concurrently records exactly one payment", async () => {
    const { membership, sessionId } = await unpaidWithSession();
    const event = fake.paid(sessionId);
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const results = await Promise.all(responses.map(async (r) => (await r.json()).result));
    expect(results.filter((r) => r === "applied")).toHaveLength(1);
    const s = await state(membership.id);
    expect(s.payments).toHaveLength(1);
    expect(s.payments[0].status).toBe("SUCCEEDED");
    expect(s.membership.status).toBe("ACTIVE");
    expect(
      await db.emailMessage.count({
        where: {
          subject: { startsWith: `Receipt ${"R-"}` },
          text: { contains: `/membership/receipts/${s.payments[0].id}` },
        },
      }),
    ).toBe(1);
  });

  it("ACH: completed-unpaid then async success activates; events out of order leave the same final state", async () => {
    const a = await unpaidWithSession();
    const processing = fake.event("checkout.session.completed", a.sessionId, {
      status: "complete",
      payment_status: "unpaid",
      payment_intent: "pi_ach_a",
    });
    await deliver(processing);
    let s = await state(a.membership.id);
    expect(s.payments[0].status).toBe("PENDING");
    expect(s.payments[0].checkoutUrl).toBeNull(); // shown as "processing", no second checkout
    expect(s.membership.status).toBe("PENDING_PAYMENT");
    await deliver(
      fake.event("checkout.session.async_payment_succeeded", a.sessionId, {
        status: "complete",
        payment_status: "paid",
        payment_intent: "pi_ach_a",
      }),
    );
    s = await state(a.membership.id);
    expect([s.payments[0].status, s.membership.status]).toEqual(["SUCCEEDED", "ACTIVE"]);

    // the same two events, reversed: success first, the stale "processing" after it
    const b = await unpaidWithSession();
    await deliver(
      fake.event("checkout.session.async_payment_succeeded", b.sessionId, {
        status: "complete",
        payment_status: "paid",
      }),
    );
    await deliver(
      fake.event("checkout.session.completed", b.sessionId, { status: "complete", payment_status: "unpaid" }),
    );
    await deliver(fake.event("checkout.session.expired", b.sessionId, { status: "expired" }));
    s = await state(b.membership.id);
    expect([s.payments.map((p) => p.status), s.membership.status]).toEqual([["SUCCEEDED"], "ACTIVE"]);
  });

  it("ACH failure later: the payment fails, the membership stays unpaid and the member is told", async () => {
    const { org, membership, sessionId } = await unpaidWithSession();
    await deliver(
      fake.event("checkout.session.completed", sessionId, { status: "complete", payment_status: "unpaid" }),
    );
    await deliver(
      fake.event("checkout.session.async_payment_failed", sessionId, { status: "complete", payment_status: "unpaid" }),
    );
    const s = await state(membership.id);
    expect([s.payments[0].status, s.membership.status]).toEqual(["FAILED", "PENDING_PAYMENT"]);
    const admin = await db.organizationUser.findFirstOrThrow({
      where: { organizationId: org.id },
      include: { user: true },
    });
    expect(
      await db.emailMessage.count({ where: { to: admin.user.email, subject: { contains: "did not go through" } } }),
    ).toBe(1);
  });

  it("a database failure inside the handler answers 5xx with nothing half-written; Stripe's retry then succeeds", async () => {
    const { membership, sessionId } = await unpaidWithSession();
    const event = fake.paid(sessionId);
    // a real failure from PostgreSQL, after the event row and the payment update were written
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION fail_membership_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_membership_update BEFORE UPDATE ON "Membership" FOR EACH ROW WHEN (NEW."id" = '${membership.id}') EXECUTE FUNCTION fail_membership_update()`,
    );
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const res = await deliver(event);
      expect(res.status).toBe(500);
    } finally {
      errors.mockRestore();
      await db.$executeRawUnsafe(`DROP TRIGGER fail_membership_update ON "Membership"`);
    }
    let s = await state(membership.id);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect(s.payments.map((p) => p.status)).toEqual(["PENDING"]);
    expect(s.membership.status).toBe("PENDING_PAYMENT");
    expect(
      await db.auditEvent.count({ where: { entityId: s.payments[0].id, action: { startsWith: "payment.stripe" } } }),
    ).toBe(0);

    expect((await deliver(event)).status).toBe(200);
    s = await state(membership.id);
    expect([s.payments[0].status, s.membership.status]).toEqual(["SUCCEEDED", "ACTIVE"]);
  });
});
