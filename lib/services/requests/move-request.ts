import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { REQUEST_STATUS_LABEL } from "@/lib/labels";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { assertMayRequest } from "./internal/eligibility";
import { loadFacts } from "@/lib/services/requests/internal/load";
import { notify, recipients, type Audience } from "./internal/notify";
import { MOVES, actorLabel, canMove, type Move } from "./rules";
import { applySubmission, loadForMail } from "./internal/submission";

export type MoveInput = { requestId: string; move: Move; reason?: string };

/** Who hears of each move besides the person making it, and the email's headline. */
const NOTICE: Record<Exclude<Move, "submit">, { audiences: Audience[]; headline: string }> = {
  acknowledge: { audiences: ["town", "staff"], headline: "acknowledged by the vendor" },
  accept: { audiences: ["town", "staff"], headline: "accepted by the vendor" },
  decline: { audiences: ["town", "staff"], headline: "declined by the vendor" },
  fulfil: { audiences: ["town", "staff"], headline: "fulfilled: please rate the vendor" },
  cancel: { audiences: ["town", "vendor", "staff"], headline: "cancelled" },
  reject: { audiences: ["town"], headline: "not approved" },
};

/**
 * One move of the lifecycle (rules.ts says who may make it, from where). The update is conditional on the
 * status it was read in, so two people moving the same request at once cannot both succeed.
 */
export async function moveRequest({ actor, input }: VerbArgs<MoveInput>) {
  assertCan(actor, MOVES[input.move].permission);
  const rule = MOVES[input.move];
  const reason = input.reason?.trim() || undefined;
  if (rule.needsReason && !reason)
    throw new ValidationError("Give a reason; the other parties will read it.", { reason: ["Give a reason."] });

  const facts = await loadFacts(db, actor, input.requestId);
  if (!canMove(actor, input.move, facts)) {
    if (!rule.from.includes(facts.status) && !(input.move === "cancel" && actor.side === "staff")) {
      throw new ConflictError(
        `This request is ${REQUEST_STATUS_LABEL[facts.status].toLowerCase()}: it cannot be ${rule.verb} now.`,
      );
    }
    throw new ForbiddenError(`Only ${ownerOf(input.move)} can do that.`);
  }
  if (input.move === "submit")
    await assertMayRequest(
      actor,
      (await db.purchaseRequest.findUniqueOrThrow({ where: { id: facts.id }, select: { contractId: true } }))
        .contractId,
    );

  const emailIds = await db.$transaction(async (tx) => {
    const from = facts.status;
    const claimed = await tx.purchaseRequest.updateMany({
      where: { id: facts.id, status: from },
      data: { updatedAt: new Date() },
    });
    if (claimed.count !== 1) throw new ConflictError("Someone else just changed this request; reload the page.");
    if (input.move === "submit") return (await applySubmission(tx, actor, facts.id, from)).emailIds;

    const to = rule.to as PurchaseRequestStatus;
    const closedReason = input.move === "reject" ? `Not approved: ${reason}` : reason;
    await tx.purchaseRequest.update({
      where: { id: facts.id },
      data: { status: to, ...(rule.needsReason ? { closedReason } : {}) },
    });
    await tx.purchaseRequestEvent.create({
      data: {
        requestId: facts.id,
        action: input.move,
        fromStatus: from,
        toStatus: to,
        actorUserId: actor.userId,
        actorLabel: actorLabel(actor),
        note: closedReason ?? null,
      },
    });
    await recordAudit(tx, actor, {
      action: `request.${input.move}`,
      entity: ["PurchaseRequest", facts.id],
      before: { status: from },
      after: { status: to, ...(closedReason ? { reason: closedReason } : {}) },
    });
    const r = await loadForMail(tx, facts.id);
    const notice = NOTICE[input.move];
    // the vendor hears of a cancellation only if the request had reached it
    const audiences = notice.audiences.filter(
      (a) => a !== "vendor" || (from !== "DRAFT" && from !== "PENDING_APPROVAL"),
    );
    const to_ = await recipients(tx, r, audiences, { exclude: actor.email });
    const body = `${actorLabel(actor)}: ${REQUEST_STATUS_LABEL[from]} -> ${REQUEST_STATUS_LABEL[to]}.${closedReason ? `\n\nReason: ${closedReason}` : ""}`;
    return notify(tx, r, to_, notice.headline, body);
  });
  await deliverEmails(emailIds);
  return { id: facts.id };
}

function ownerOf(move: Move): string {
  if (MOVES[move].permission === "requests.respond") return "the contract's vendor";
  if (move === "reject") return "the organization's approvers";
  if (move === "cancel") return "the requesting organization or cooperative staff";
  return "the requesting organization";
}
