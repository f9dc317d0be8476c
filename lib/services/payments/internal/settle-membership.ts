// After a payment succeeds: the membership is paid once its succeeded payments cover the
// frozen fee. Called inside the caller's transaction, with the membership row locked.
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { formatCents } from "@/lib/format";
import { receiptLabel } from "@/lib/labels";
import { portalLink, queueOrganizationEmails } from "@/lib/services/memberships/internal/notify";

// the lock the caller takes before settling, beside the settlement itself
export { lockMembership } from "@/lib/db/queries/locks";

/**
 * Marks the membership ACTIVE (paid at `input.at`, audited) once its succeeded payments cover the frozen fee, and
 * queues the payment's receipt email; returns the queued email ids for the caller to deliver after commit.
 */
export async function settleMembership(
  tx: Tx,
  input: { membershipId: string; actorUserId: string | null; paymentId: string; at: Date },
) {
  const membership = await tx.membership.findUniqueOrThrow({ where: { id: input.membershipId } });
  const payment = await tx.membershipPayment.findUniqueOrThrow({ where: { id: input.paymentId } });
  const paid = await tx.membershipPayment.aggregate({
    where: { membershipId: membership.id, status: "SUCCEEDED" },
    _sum: { amountCents: true },
  });
  const emailIds = await queueOrganizationEmails(tx, membership.organizationId, (name) => ({
    subject: `Receipt ${receiptLabel(payment.receiptNumber)}: FY${membership.fiscalYear} membership payment`,
    text: [
      `Hello${name ? ` ${name}` : ""},`,
      "",
      `We received ${formatCents(payment.amountCents)} toward your FY${membership.fiscalYear} cooperative membership. Receipt number ${receiptLabel(payment.receiptNumber)}.`,
      `View or print the receipt: ${portalLink(`/membership/receipts/${payment.id}`)}`,
    ].join("\n"),
  }));
  const covered = (paid._sum.amountCents ?? 0) >= membership.feeDueCents;
  if (covered && (membership.status === "PENDING_PAYMENT" || membership.status === "LAPSED")) {
    await tx.membership.update({ where: { id: membership.id }, data: { status: "ACTIVE", paidAt: input.at } });
    await recordAudit(tx, {
      actorUserId: input.actorUserId,
      organizationId: membership.organizationId,
      action: "membership.paid",
      entityType: "Membership",
      entityId: membership.id,
      before: { status: membership.status },
      after: { status: "ACTIVE", paidAt: input.at.toISOString(), paymentId: payment.id },
    });
  }
  return emailIds;
}
