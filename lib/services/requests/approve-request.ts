import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { ROLE_LABEL } from "@/lib/labels";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadFacts } from "@/lib/services/requests/internal/load";
import { actorLabel, mayApprove, missingApprovals } from "./rules";
import { loadForMail, sentToVendor } from "./internal/submission";

/**
 * An approver signs off for their role (IT lead or purchasing officer). When every role the rule needs has
 * signed, the request goes to the vendor. The buyer cannot approve their own request.
 */
export async function approveRequest({ actor, input }: VerbArgs<{ requestId: string; note?: string }>) {
  assertCan(actor, "requests.approve");
  const facts = await loadFacts(db, actor, input.requestId);
  if (facts.status !== "PENDING_APPROVAL") throw new ConflictError("This request is not waiting for approval.");
  if (!mayApprove(actor, facts)) {
    throw new ForbiddenError(
      actor.userId === facts.createdById
        ? "You built this request; another approver must approve it."
        : `Your role (${ROLE_LABEL[actor.role].toLowerCase()}) has no approval pending on this request.`,
    );
  }
  const note = input.note?.trim() || null;
  try {
    const emailIds = await db.$transaction(async (tx) => {
      await tx.purchaseRequestApproval.create({
        data: { requestId: facts.id, role: actor.role, userId: actor.userId, note },
      });
      const remaining = missingApprovals({
        approvalRule: facts.approvalRule,
        approvals: [...facts.approvals, { role: actor.role, userId: actor.userId }],
      });
      const now = new Date();
      if (remaining.length === 0) {
        const moved = await tx.purchaseRequest.updateMany({
          where: { id: facts.id, status: "PENDING_APPROVAL" },
          data: { status: "SUBMITTED", submittedAt: now },
        });
        if (moved.count !== 1) throw new ConflictError("Someone else just changed this request; reload the page.");
      }
      const to = remaining.length === 0 ? "SUBMITTED" : "PENDING_APPROVAL";
      await tx.purchaseRequestEvent.create({
        data: {
          requestId: facts.id,
          action: "approve",
          fromStatus: "PENDING_APPROVAL",
          toStatus: to,
          actorUserId: actor.userId,
          actorLabel: actorLabel(actor),
          note: [`Approved as ${ROLE_LABEL[actor.role].toLowerCase()}.`, note].filter(Boolean).join(" "),
          at: now,
        },
      });
      await recordAudit(tx, actor, {
        action: "request.approve",
        entity: ["PurchaseRequest", facts.id],
        before: { status: "PENDING_APPROVAL" },
        after: { status: to, role: actor.role },
      });
      if (remaining.length > 0) return [];
      const { totalCents } = await tx.purchaseRequest.findUniqueOrThrow({
        where: { id: facts.id },
        select: { totalCents: true },
      });
      return sentToVendor(tx, await loadForMail(tx, facts.id), totalCents);
    });
    await deliverEmails(emailIds);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("Another approver with your role has just approved this request.");
    }
    throw error;
  }
  return { id: facts.id };
}
