import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { SetApprovalPolicyInput } from "./schemas";

/** thresholdCents null removes the rule (no request needs approval). */
export async function setApprovalPolicy({ actor, input }: VerbArgs<SetApprovalPolicyInput>) {
  assertCan(actor, "requests.approval_rule.manage");
  const organizationId = actor.organization.id;
  return db.$transaction(async (tx) => {
    const before = await tx.approvalPolicy.findUnique({
      where: { organizationId },
      select: { thresholdCents: true, approvers: true },
    });
    if (input.thresholdCents === null) {
      if (before) await tx.approvalPolicy.delete({ where: { organizationId } });
    } else {
      const data = { thresholdCents: input.thresholdCents, approvers: input.approvers, updatedById: actor.userId };
      await tx.approvalPolicy.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId,
      action: "request.approval_rule.set",
      entityType: "ApprovalPolicy",
      entityId: organizationId,
      before: before ?? undefined,
      after: input.thresholdCents === null ? { removed: true } : input,
    });
    return { organizationId };
  });
}
