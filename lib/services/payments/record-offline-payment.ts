import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { lockMembership, settleMembership } from "./internal/settle-membership";
import type { RecordOfflinePayment } from "./schemas";
import { amountDueCents, differentAmountQuestion } from "./rules";

/**
 * Staff record a check, ACH transfer or purchase order; it gets a receipt number at once. An amount (cents) that is
 * not the balance due is refused (ValidationError, 422, naming `confirmDifferentAmount`) unless
 * `confirmDifferentAmount` is set; a cancelled membership is a ConflictError.
 */
export async function recordOfflinePayment({ actor, input }: VerbArgs<RecordOfflinePayment>) {
  assertCan(actor, "payments.record");
  const receivedAt = new Date(`${input.receivedOn}T12:00:00Z`);
  const { payment, emailIds } = await db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!membership) throw new NotFoundError();
    await lockMembership(tx, membership.id);
    if (membership.status === "CANCELLED") throw new ConflictError("This membership was cancelled.");
    const paid = await tx.membershipPayment.findMany({
      where: { membershipId: membership.id },
      select: { status: true, amountCents: true },
    });
    const question = differentAmountQuestion(input.amount, amountDueCents(membership.feeDueCents, paid));
    if (question && !input.confirmDifferentAmount) {
      throw new ValidationError("The amount received is not the amount due. Check it, or confirm it below.", {
        confirmDifferentAmount: [`${question}.`],
      });
    }
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
