// What submitting does: above the organization's threshold it waits for its approvers; otherwise it goes
// to the vendor. Runs inside the caller's transaction; returns the email ids to deliver after commit.
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { recordAudit } from "@/lib/audit";
import { formatCents } from "@/lib/format";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import type { ApprovalRule, PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { MAIL_SELECT, notify, recipients } from "./notify";
import { actorLabel, rolesFor } from "../rules";

export type SubmissionPlan = {
  status: PurchaseRequestStatus;
  approvalRule: ApprovalRule | null;
  /** On the request's history: why it waits, when it does. */
  note: string | null;
  audit: { status: PurchaseRequestStatus; totalCents: number; approvalRule: ApprovalRule | null };
};

/** The rule: above the organization's threshold a request waits for its approvers; otherwise it goes to the vendor. */
export function planSubmission(
  totalCents: number,
  policy: { thresholdCents: number; approvers: ApprovalRule } | null,
): SubmissionPlan {
  const rule = policy !== null && totalCents > policy.thresholdCents ? policy.approvers : null;
  const note =
    rule && policy
      ? `Above ${formatCents(policy.thresholdCents)}: needs approval by ${APPROVAL_RULE_LABEL[rule].toLowerCase()}.`
      : null;
  const status: PurchaseRequestStatus = rule ? "PENDING_APPROVAL" : "SUBMITTED";
  return { status, approvalRule: rule, note, audit: { status, totalCents, approvalRule: rule } };
}

/** What each audience reads about a submission: approvers when it waits for them; else the vendor and the town. */
export const submissionNews = {
  approvers: (actor: Actor, totalCents: number, thresholdCents: number) => ({
    headline: "needs your approval",
    body: `${actorLabel(actor)} requested a purchase of ${formatCents(totalCents)}, above your organization's approval threshold of ${formatCents(thresholdCents)}. Review it and approve it, or say why not.`,
  }),
  vendor: (townName: string, totalCents: number) => ({
    headline: "new purchase request",
    body: `${townName} requests a purchase of ${formatCents(totalCents)} on your contract. Acknowledge it, ask a question, accept or decline it.`,
  }),
  town: (totalCents: number) => ({
    headline: "sent to the vendor",
    body: `The request (${formatCents(totalCents)}) went to the vendor. You will hear when they answer.`,
  }),
};

export async function applySubmission(
  tx: Tx,
  actor: Actor,
  requestId: string,
  from: PurchaseRequestStatus,
): Promise<{ emailIds: string[]; status: PurchaseRequestStatus }> {
  const r = await tx.purchaseRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { ...MAIL_SELECT, totalCents: true },
  });
  const policy = await tx.approvalPolicy.findUnique({ where: { organizationId: r.organizationId } });
  const plan = planSubmission(r.totalCents, policy);
  const now = new Date();
  await tx.purchaseRequest.update({
    where: { id: r.id },
    data: plan.approvalRule
      ? { status: plan.status, approvalRule: plan.approvalRule }
      : { status: plan.status, submittedAt: now, approvalRule: null },
  });
  await tx.purchaseRequestEvent.create({
    data: {
      requestId: r.id,
      action: "submit",
      fromStatus: from,
      toStatus: plan.status,
      actorUserId: actor.userId,
      actorLabel: actorLabel(actor),
      note: plan.note,
      at: now,
    },
  });
  await recordAudit(tx, actor, {
    action: "request.submit",
    entity: ["PurchaseRequest", r.id],
    before: { status: from },
    after: plan.audit,
  });
  if (plan.approvalRule && policy) {
    const approvers = await recipients(tx, r, ["approvers"], {
      approverRoles: rolesFor(plan.approvalRule),
      exclude: actor.email,
    });
    const news = submissionNews.approvers(actor, r.totalCents, policy.thresholdCents);
    return { emailIds: await notify(tx, r, approvers, news.headline, news.body), status: plan.status };
  }
  return { emailIds: await sentToVendor(tx, r, r.totalCents), status: plan.status };
}

/** The vendor hears of a new request; the town is told it went out. */
export async function sentToVendor(tx: Tx, r: Awaited<ReturnType<typeof loadForMail>>, totalCents: number) {
  const vendor = await recipients(tx, r, ["vendor"]);
  const town = await recipients(tx, r, ["town"]);
  const toVendor = submissionNews.vendor(r.organization.name, totalCents);
  const toTown = submissionNews.town(totalCents);
  return [
    ...(await notify(tx, r, vendor, toVendor.headline, toVendor.body)),
    ...(await notify(tx, r, town, toTown.headline, toTown.body)),
  ];
}

export function loadForMail(tx: Tx, requestId: string) {
  return tx.purchaseRequest.findUniqueOrThrow({ where: { id: requestId }, select: MAIL_SELECT });
}
