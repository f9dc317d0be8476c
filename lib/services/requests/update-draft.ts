// Editing a draft: its lines are priced again from the contract's schedule (what the client sends is only
// quantities), and it can be submitted in the same step. The save is conditional on the request still being a
// draft, so an edit cannot land on a request someone has just submitted.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { calendarDateToDb } from "@/lib/input/date";
import { REQUEST_STATUS_LABEL } from "@/lib/labels";
import { priceLines, totalOf } from "./rules";
import { assertMayRequest } from "./internal/eligibility";
import type { UpdateDraftInput } from "./schemas";
import { loadFacts } from "@/lib/services/requests/internal/load";
import { moveRequest } from "./move-request";
import { actorLabel, canMove } from "./rules";

export async function updateDraft({ actor, input }: VerbArgs<UpdateDraftInput>): Promise<{ id: string }> {
  assertCan(actor, "requests.create");
  const facts = await loadFacts(db, actor, input.requestId);
  if (facts.status !== "DRAFT")
    throw new ConflictError(
      `This request is ${REQUEST_STATUS_LABEL[facts.status].toLowerCase()}: only a draft can be edited.`,
    );
  if (!canMove(actor, "submit", facts))
    throw new ForbiddenError("Only the requesting organization can edit its draft.");

  const before = await db.purchaseRequest.findUniqueOrThrow({
    where: { id: facts.id },
    select: { contractId: true, totalCents: true, _count: { select: { lines: true } } },
  });
  const contract = await assertMayRequest(actor, before.contractId);
  const lines = priceLines(contract.priceLines, input.lines);
  const totalCents = totalOf(lines);

  await db.$transaction(async (tx) => {
    const saved = await tx.purchaseRequest.updateMany({
      where: { id: facts.id, status: "DRAFT" },
      data: {
        poNumber: input.poNumber ?? null,
        neededBy: input.neededBy ? calendarDateToDb(input.neededBy) : null,
        notes: input.notes ?? null,
        totalCents,
        usesPilotPrices: contract.usesPilotPrices,
        updatedAt: new Date(),
      },
    });
    if (saved.count !== 1) throw new ConflictError("Someone else just changed this request; reload the page.");
    await tx.purchaseRequestLine.deleteMany({ where: { requestId: facts.id } });
    await tx.purchaseRequestLine.createMany({ data: lines.map((l) => ({ ...l, requestId: facts.id })) });
    await tx.purchaseRequestEvent.create({
      data: {
        requestId: facts.id,
        action: "edit",
        fromStatus: "DRAFT",
        toStatus: "DRAFT",
        actorUserId: actor.userId,
        actorLabel: actorLabel(actor),
        note: null,
      },
    });
    await recordAudit(tx, actor, {
      action: "request.edit",
      entity: ["PurchaseRequest", facts.id],
      before: { totalCents: before.totalCents, lines: before._count.lines },
      after: { totalCents, lines: lines.length, usesPilotPrices: contract.usesPilotPrices },
    });
  });
  if (input.submit) await moveRequest({ actor, input: { requestId: facts.id, move: "submit" } });
  return { id: facts.id };
}
