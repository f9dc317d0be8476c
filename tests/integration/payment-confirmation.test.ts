// An offline payment that is not the amount due is refused until staff confirm it: the server asks (a checkbox
// labelled "Record $X although $Y is due"), keeps what was typed, and records only the confirmed resubmission.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("../matrix/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { recordOfflinePaymentAction } from "@/app/actions/memberships";
import { recordOfflinePayment } from "@/lib/services/payments/record-offline-payment";
import { OfflinePaymentForm } from "@/components/memberships/offline-payment-form";
import { actorOf, createOrganization } from "../factories";
import { createMembershipRow } from "../factories/memberships";
import { setRequestSession } from "../matrix/request-context";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

async function libraryOwing(feeDueCents = 150_00) {
  const org = await createOrganization({ kind: "LIBRARY" });
  return createMembershipRow(org.id, { feeDueCents });
}

const check = { method: "CHECK" as const, reference: "Check 1001", receivedOn: "2026-11-02" };

describe("an offline payment that differs from the amount due", () => {
  it("is refused with the question and the typed values, then recorded once confirmed", async () => {
    const { actor: staff } = await actorOf("COOPERATIVE", "ADMIN");
    setRequestSession(staff.sessionToken);
    const m = await libraryOwing();
    const typed = {
      membershipId: m.id,
      method: "CHECK",
      amount: "1500.00",
      reference: "Check 77",
      receivedOn: "2026-11-02",
    };

    const refused = await recordOfflinePaymentAction(null, form(typed));
    expect(refused).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { confirmDifferentAmount: ["Record $1,500.00 although $150.00 is due."] },
      values: typed,
    });
    expect(await db.membershipPayment.count({ where: { membershipId: m.id } })).toBe(0);
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("PENDING_PAYMENT");

    // a confirmation given for $1,500.00 does not cover an amount changed since: the question comes again
    const changed = await recordOfflinePaymentAction(
      null,
      form({ ...typed, amount: "15000.00", confirmDifferentAmount: "1500.00" }),
    );
    expect(changed).toMatchObject({
      ok: false,
      fieldErrors: { confirmDifferentAmount: ["Record $15,000.00 although $150.00 is due."] },
    });
    expect(await db.membershipPayment.count({ where: { membershipId: m.id } })).toBe(0);

    // the ticked checkbox sends the amount it was asked about
    const confirmed = recordOfflinePaymentAction(null, form({ ...typed, confirmDifferentAmount: "1,500.00" }));
    await expect(confirmed).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    const payments = await db.membershipPayment.findMany({ where: { membershipId: m.id } });
    expect(payments.map((p) => p.amountCents)).toEqual([1500_00]);
  });

  it("a part payment asks about the balance; the exact balance then records without a question", async () => {
    const { actor } = await actorOf("COOPERATIVE", "ADMIN");
    const m = await libraryOwing();
    await expect(
      recordOfflinePayment({ actor, input: { ...check, membershipId: m.id, amount: 100_00 } }),
    ).rejects.toMatchObject({ fieldErrors: { confirmDifferentAmount: ["Record $100.00 although $150.00 is due."] } });
    await recordOfflinePayment({
      actor,
      input: { ...check, membershipId: m.id, amount: 100_00, confirmDifferentAmount: true },
    });
    await recordOfflinePayment({ actor, input: { ...check, membershipId: m.id, amount: 50_00 } });
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("ACTIVE");
  });

  it("property: any amount but the balance is refused without confirmation and records nothing", async () => {
    const { actor } = await actorOf("COOPERATIVE", "ADMIN");
    const m = await libraryOwing(250_00);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 99_999_999 }).filter((c) => c !== 250_00),
        async (amount) => {
          const attempt = recordOfflinePayment({ actor, input: { ...check, membershipId: m.id, amount } });
          await expect(attempt).rejects.toBeInstanceOf(ValidationError);
        },
      ),
      { numRuns: 25 },
    );
    expect(await db.membershipPayment.count({ where: { membershipId: m.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: m.organizationId } })).toBe(0);
  });

  it("the form shows no confirmation checkbox until the server asks for one", () => {
    const out = renderToStaticMarkup(
      createElement(OfflinePaymentForm, { membershipId: "m1", defaultAmount: "150.00", today: "2026-11-30" }),
    );
    expect(out).toContain("Amount received (USD)");
    expect(out).not.toContain("confirmDifferentAmount");
  });
});
