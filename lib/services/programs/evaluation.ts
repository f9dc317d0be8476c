// Evaluation: weighted criteria, each committee member scores each proposal (0-10 per criterion), staff award.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { committeeSeatOf, findVisibleProgram } from "./access";

export const MAX_SCORE = 10;

/** Replaces the criteria, given as lines "name | weight"; weights add up to 100. */
export async function setCriteria({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; criteria: string };
}) {
  assertCan(actor, "programs.manage");
  const rows = input.criteria
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.split("|").map((c) => c.trim()));
  const problems: string[] = [];
  const criteria = rows.map(([name, weight], i) => {
    const w = Number(weight);
    if (!name || !Number.isInteger(w) || w < 1 || w > 100)
      problems.push(`Line ${i + 1}: write "name | weight" with a whole-number weight from 1 to 100.`);
    return { name: (name ?? "").slice(0, 120), weight: w, position: i };
  });
  if (!problems.length && new Set(criteria.map((c) => c.name)).size !== criteria.length)
    problems.push("Each criterion needs its own name.");
  if (!problems.length && criteria.reduce((s, c) => s + c.weight, 0) !== 100)
    problems.push("The weights must add up to 100.");
  if (!criteria.length) problems.push("Give at least one criterion.");
  if (problems.length) throw new ValidationError("The criteria have problems.", { criteria: problems });
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (!["FORECAST", "RFP_DRAFTING", "SOLICITATION"].includes(program.stage))
      throw new ConflictError("Criteria are fixed once evaluation starts.");
    const before = await tx.evaluationCriterion.findMany({
      where: { programId: program.id },
      select: { name: true, weight: true },
    });
    await tx.evaluationCriterion.deleteMany({ where: { programId: program.id } });
    await tx.evaluationCriterion.createMany({ data: criteria.map((c) => ({ ...c, programId: program.id })) });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.criteria.set",
      entityType: "Program",
      entityId: program.id,
      before,
      after: criteria,
    });
    return { programId: program.id };
  });
}

/** A committee member's scores of one proposal, one per criterion. Only committee members score. */
export async function scoreProposal({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { proposalId: string; scores: Record<string, number>; comment?: string };
}) {
  assertCan(actor, "committee.participate");
  return db.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({
      where: { id: input.proposalId },
      select: { id: true, programId: true },
    });
    if (!proposal) throw new NotFoundError();
    const program = await findVisibleProgram(actor, proposal.programId, tx);
    const seat = await committeeSeatOf(actor, program.id, tx);
    if (!seat) throw new NotFoundError();
    if (program.stage !== "EVALUATION")
      throw new ConflictError("Proposals are scored while the program is in EVALUATION.");
    const criteria = await tx.evaluationCriterion.findMany({
      where: { programId: program.id },
      select: { id: true, name: true },
    });
    const fieldErrors: Record<string, string[]> = {};
    for (const c of criteria) {
      const s = input.scores[c.id];
      if (!Number.isInteger(s) || s < 0 || s > MAX_SCORE)
        fieldErrors[`score_${c.id}`] = [`Score ${c.name} from 0 to ${MAX_SCORE}.`];
    }
    if (Object.keys(fieldErrors).length) throw new ValidationError("Score every criterion.", fieldErrors);
    for (const c of criteria) {
      const key = {
        proposalId_criterionId_committeeMemberId: {
          proposalId: proposal.id,
          criterionId: c.id,
          committeeMemberId: seat.id,
        },
      };
      const data = { score: input.scores[c.id], comment: input.comment ?? null };
      await tx.proposalScore.upsert({
        where: key,
        create: { ...data, proposalId: proposal.id, criterionId: c.id, committeeMemberId: seat.id },
        update: data,
      });
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.proposal.score",
      entityType: "Proposal",
      entityId: proposal.id,
      after: { committeeMemberId: seat.id, scores: input.scores },
    });
    return { proposalId: proposal.id };
  });
}

/** Weighted totals out of 100: per criterion, the mean of the members' scores, times its weight, over MAX_SCORE. */
export async function proposalTotals(programId: string) {
  const [criteria, proposals] = await Promise.all([
    db.evaluationCriterion.findMany({
      where: { programId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, weight: true },
    }),
    db.proposal.findMany({
      where: { programId },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        status: true,
        vendorOrganization: { select: { name: true } },
        scores: { select: { criterionId: true, score: true, committeeMemberId: true } },
      },
    }),
  ]);
  return proposals
    .map((p) => {
      const perCriterion = criteria.map((c) => {
        const s = p.scores.filter((x) => x.criterionId === c.id).map((x) => x.score);
        const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : null;
        return { criterionId: c.id, name: c.name, weight: c.weight, mean, scorers: s.length };
      });
      const complete = perCriterion.every((c) => c.mean !== null);
      const total = perCriterion.reduce((sum, c) => sum + ((c.mean ?? 0) * c.weight) / MAX_SCORE, 0);
      return {
        proposalId: p.id,
        vendor: p.vendorOrganization.name,
        status: p.status,
        perCriterion,
        complete,
        total: Math.round(total * 10) / 10,
        scorers: new Set(p.scores.map((s) => s.committeeMemberId)).size,
      };
    })
    .sort((a, b) => b.total - a.total);
}

/** A committee member's view of a proposal they may score, with their own scores. */
export async function getProposalForScoring({ actor, input }: { actor: Actor | null; input: { proposalId: string } }) {
  assertCan(actor, "committee.participate");
  const proposal = await db.proposal.findUnique({ where: { id: input.proposalId }, select: { programId: true } });
  if (!proposal) throw new NotFoundError();
  const program = await findVisibleProgram(actor, proposal.programId);
  const seat = await committeeSeatOf(actor, program.id);
  if (!seat || program.stage === "SOLICITATION") throw new NotFoundError();
  const scores = await db.proposalScore.findMany({
    where: { proposalId: input.proposalId, committeeMemberId: seat.id },
    select: { criterionId: true, score: true, comment: true },
  });
  return { program, seat, scores };
}

export async function getEvaluation({ actor, input }: { actor: Actor | null; input: { programId: string } }) {
  assertCan(actor, "programs.manage");
  await findVisibleProgram(actor, input.programId);
  return proposalTotals(input.programId);
}
