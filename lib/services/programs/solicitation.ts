// The solicitation: vendors ask questions (answers are published to every vendor) and submit proposals until the due date.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { findVisibleProgram } from "./access";
import { parsePriceSchedule } from "./price-schedule";

function assertOpen(program: { stage: string; proposalDueAt: Date | null }, now = new Date()) {
  if (program.stage !== "SOLICITATION") throw new ConflictError("This solicitation is not open.");
  if (!program.proposalDueAt || now >= program.proposalDueAt) {
    throw new ConflictError(
      `Proposals were due ${program.proposalDueAt ? formatDateTime(program.proposalDueAt) : "already"}; the solicitation no longer accepts them.`,
    );
  }
}

export async function askVendorQuestion({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; question: string };
}) {
  assertCan(actor, "solicitation.participate");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    assertOpen(program);
    const q = await tx.vendorQuestion.create({
      data: {
        programId: program.id,
        vendorOrganizationId: actor.organization.id,
        askedById: actor.userId,
        question: input.question,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.vendor_question.ask",
      entityType: "VendorQuestion",
      entityId: q.id,
      after: { programId: program.id },
    });
    return q;
  });
}

export async function answerVendorQuestion({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { questionId: string; answer: string };
}) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const q = await tx.vendorQuestion.findUnique({ where: { id: input.questionId } });
    if (!q) throw new NotFoundError();
    await tx.vendorQuestion.update({
      where: { id: q.id },
      data: { answer: input.answer, answeredById: actor.userId, answeredAt: new Date() },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.vendor_question.answer",
      entityType: "VendorQuestion",
      entityId: q.id,
      before: { answer: q.answer },
      after: { answer: input.answer },
    });
    return { id: q.id };
  });
}

/** A vendor submits (or, before the due date, replaces) its proposal: a summary and a price schedule. */
export async function submitProposal({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; summary: string; priceSchedule: string };
}) {
  assertCan(actor, "solicitation.participate");
  const { lines, errors } = parsePriceSchedule(input.priceSchedule);
  if (errors.length) throw new ValidationError("The price schedule has problems.", { priceSchedule: errors });
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    assertOpen(program);
    const key = {
      programId_vendorOrganizationId: { programId: program.id, vendorOrganizationId: actor.organization.id },
    };
    const before = await tx.proposal.findUnique({ where: key, select: { id: true } });
    const priceLines = lines.map(({ priceCents, ...l }, position) => ({ ...l, priceCents, position }));
    const proposal = await tx.proposal.upsert({
      where: key,
      create: {
        programId: program.id,
        vendorOrganizationId: actor.organization.id,
        submittedById: actor.userId,
        summary: input.summary,
        priceLines: { create: priceLines },
      },
      update: {
        summary: input.summary,
        submittedById: actor.userId,
        submittedAt: new Date(),
        priceLines: { deleteMany: {}, create: priceLines },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: before ? "program.proposal.resubmit" : "program.proposal.submit",
      entityType: "Proposal",
      entityId: proposal.id,
      after: { programId: program.id, priceLines: lines.length },
    });
    return proposal;
  });
}

/** The proposal as its vendor, staff or a committee member may see it; anyone else gets a 404. */
export async function findVisibleProposal(actor: Actor, proposalId: string) {
  const proposal = await db.proposal.findUnique({
    where: { id: proposalId },
    select: { id: true, programId: true, vendorOrganizationId: true, program: { select: { stage: true } } },
  });
  if (!proposal) throw new NotFoundError();
  if (actor.side === "staff") return proposal;
  if (actor.side === "vendor") {
    if (proposal.vendorOrganizationId !== actor.organization.id) throw new NotFoundError();
    return proposal;
  }
  const seat = await db.committeeMember.findUnique({
    where: { programId_userId: { programId: proposal.programId, userId: actor.userId } },
  });
  // the committee reads proposals once the solicitation has closed
  if (!seat || proposal.program.stage === "SOLICITATION") throw new NotFoundError();
  return proposal;
}
