import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { lockMembership, settleMembership } from "./settle-membership";

export const RecordOfflinePaymentInput = z.object({
  membershipId: z.string().min(1).max(64),
  method: z.enum(["CHECK", "ACH", "PURCHASE_ORDER"], "Choose how it was paid."),
  amount: z
    .string()
    .trim()
    .transform((v) => v.replace(/[$,\s]/g, ""))
    .refine(
      (v) => /^\d{1,6}(\.\d{1,2})?$/.test(v) && Number(v) > 0,
      "Enter the amount received in dollars, like 250.00.",
    )
    .transform((v) => Math.round(Number(v) * 100)),
  reference: z.string().trim().min(1, "Enter the check number, ACH trace or purchase-order number.").max(100),
  receivedOn: z.iso.date("Enter the date it was received."),
  note: z.string().trim().max(500).optional(),
});

/** Staff record a check, ACH transfer or purchase order; it gets a receipt number at once. */
export async function recordOfflinePayment({
  actor,
  input,
}: {
  actor: Actor | null;
  input: z.infer<typeof RecordOfflinePaymentInput>;
}) {
  assertCan(actor, "payments.record");
  const receivedAt = new Date(`${input.receivedOn}T12:00:00Z`);
  const { payment, emailIds } = await db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!membership) throw new NotFoundError();
    await lockMembership(tx, membership.id);
    if (membership.status === "CANCELLED") throw new ConflictError("This membership was cancelled.");
    const payment = await tx.membershipPayment.create({
      data: {
        membershipId: membership.id,
        organizationId: membership.organizationId,
        amountCents: input.amount,
        method: input.method,
        status: "SUCCEEDED",
        reference: input.reference,
        note: input.note || null,
        receivedAt,
        recordedByUserId: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: membership.organizationId,
      action: "payment.recorded_offline",
      entityType: "MembershipPayment",
      entityId: payment.id,
      after: {
        membershipId: membership.id,
        method: input.method,
        amountCents: input.amount,
        reference: input.reference,
        receiptNumber: payment.receiptNumber,
      },
    });
    const emailIds = await settleMembership(tx, {
      membershipId: membership.id,
      actorUserId: actor.userId,
      paymentId: payment.id,
      at: receivedAt,
    });
    return { payment, emailIds };
  });
  await deliverEmails(emailIds);
  return payment;
}
