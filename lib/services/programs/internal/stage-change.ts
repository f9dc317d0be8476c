// Moving a program between stages, inside the caller's transaction: the facts the stage rules need, and the change with its audit event.
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { stageMoveProblem, type StageFacts } from "@/lib/services/programs/stage-rules";

/** What the stage rules need to know about a program, read in the caller's transaction. */
export async function stageFactsOf(tx: Tx, programId: string): Promise<StageFacts> {
  const p = await tx.program.findUnique({
    where: { id: programId },
    select: {
      stage: true,
      rfpNumber: true,
      rfpDraft: true,
      proposalDueAt: true,
      criteria: { select: { id: true, weight: true } },
      proposals: { select: { id: true, scores: { select: { criterionId: true, committeeMemberId: true } } } },
      contract: {
        select: {
          id: true,
          _count: { select: { pilotParticipants: true, pilotIssues: { where: { status: { not: "RESOLVED" } } } } },
        },
      },
    },
  });
  if (!p) throw new NotFoundError();
  const criterionIds = p.criteria.map((c) => c.id);
  // a proposal is scored when at least one committee member has scored it on every criterion
  const fullyScored = p.proposals.filter((proposal) => {
    const byMember = new Map<string, Set<string>>();
    for (const s of proposal.scores)
      byMember.set(s.committeeMemberId, (byMember.get(s.committeeMemberId) ?? new Set()).add(s.criterionId));
    return criterionIds.length > 0 && [...byMember.values()].some((set) => criterionIds.every((id) => set.has(id)));
  });
  return {
    stage: p.stage,
    rfpNumber: p.rfpNumber,
    rfpDraft: p.rfpDraft,
    proposalDueAt: p.proposalDueAt,
    criteriaWeightTotal: p.criteria.reduce((sum, c) => sum + c.weight, 0),
    proposals: p.proposals.length,
    fullyScoredProposals: fullyScored.length,
    hasContract: Boolean(p.contract),
    pilotParticipants: p.contract?._count.pilotParticipants ?? 0,
    unresolvedPilotIssues: p.contract?._count.pilotIssues ?? 0,
  };
}

/** Checks the rules, moves the program, mirrors the contract's status, and writes timeline + audit. */
export async function applyStageChange(tx: Tx, actor: Actor, programId: string, to: ProgramStage, note: string | null) {
  const facts = await stageFactsOf(tx, programId);
  const problem = stageMoveProblem(facts, to, new Date());
  if (problem) throw new ConflictError(problem);
  // the stage in the where clause makes a concurrent move match no row
  const moved = await tx.program.updateMany({
    where: { id: programId, stage: facts.stage },
    data: { stage: to, ...(to === "SOLICITATION" ? { postedAt: new Date() } : {}) },
  });
  if (moved.count !== 1) throw new ConflictError("The program changed while you were working; reload and try again.");
  await tx.contract.updateMany({ where: { programId }, data: { status: to } });
  await tx.programStageChange.create({
    data: { programId, fromStage: facts.stage, toStage: to, note, actorUserId: actor.userId },
  });
  await recordAudit(tx, actor, {
    action: "program.stage_change",
    entity: ["Program", programId],
    before: { stage: facts.stage },
    after: { stage: to, note },
  });
}
