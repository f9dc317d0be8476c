// What submitting does: above the organization's threshold it waits for its approvers; otherwise it goes
// to the vendor. Runs inside the caller's transaction; returns the email ids to deliver after commit.
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { recordAudit } from "@/lib/audit";
import { formatCents } from "@/lib/format";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { MAIL_SELECT, notify, recipients } from "./notify";
import { actorLabel, rolesFor } from "./rules";

export async function applySubmission(tx: Tx, actor: Actor, requestId: string, from: PurchaseRequestStatus): Promise<{ emailIds: string[]; status: PurchaseRequestStatus }> {
  const r = await tx.purchaseRequest.findUniqueOrThrow({ where: { id: requestId }, select: { ...MAIL_SELECT, totalCents: true } });
  const policy = await tx.approvalPolicy.findUnique({ where: { organizationId: r.organizationId } });
  const needsApproval = policy !== null && r.totalCents > policy.thresholdCents;
  const now = new Date();
  const to: PurchaseRequestStatus = needsApproval ? "PENDING_APPROVAL" : "SUBMITTED";
  await tx.purchaseRequest.update({
    where: { id: r.id },
    data: needsApproval ? { status: to, approvalRule: policy.approvers } : { status: to, submittedAt: now, approvalRule: null },
  });
  const note = needsApproval
    ? `Above ${formatCents(policy.thresholdCents)}: needs approval by ${APPROVAL_RULE_LABEL[policy.approvers].toLowerCase()}.`
    : null;
  await tx.purchaseRequestEvent.create({
    data: { requestId: r.id, action: "submit", fromStatus: from, toStatus: to, actorUserId: actor.userId, actorLabel: actorLabel(actor), note, at: now },
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    organizationId: actor.organization.id,
    action: "request.submit",
    entityType: "PurchaseRequest",
    entityId: r.id,
    before: { status: from },
    after: { status: to, totalCents: r.totalCents, approvalRule: needsApproval ? policy.approvers : null },
  });
  if (needsApproval) {
    const approvers = await recipients(tx, r, ["approvers"], { approverRoles: rolesFor(policy.approvers), exclude: actor.email });
    const emailIds = await notify(tx, r, approvers, "needs your approval", `${actorLabel(actor)} requested a purchase of ${formatCents(r.totalCents)}, above your organization's approval threshold of ${formatCents(policy.thresholdCents)}. Review it and approve it, or say why not.`);
    return { emailIds, status: to };
  }
  return { emailIds: await sentToVendor(tx, r, r.totalCents), status: to };
}

/** The vendor hears of a new request; the town is told it went out. */
export async function sentToVendor(tx: Tx, r: Awaited<ReturnType<typeof loadForMail>>, totalCents: number) {
  const vendor = await recipients(tx, r, ["vendor"]);
  const town = await recipients(tx, r, ["town"]);
  return [
    ...(await notify(tx, r, vendor, "new purchase request", `${r.organization.name} requests a purchase of ${formatCents(totalCents)} on your contract. Acknowledge it, ask a question, accept or decline it.`)),
    ...(await notify(tx, r, town, "sent to the vendor", `The request (${formatCents(totalCents)}) went to the vendor. You will hear when they answer.`)),
  ];
}

export function loadForMail(tx: Tx, requestId: string) {
  return tx.purchaseRequest.findUniqueOrThrow({ where: { id: requestId }, select: MAIL_SELECT });
}
