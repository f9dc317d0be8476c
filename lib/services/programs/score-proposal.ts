import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { ScoreProposalInput } from "./schemas";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { committeeSeatOf, findVisibleProgram } from "@/lib/services/programs/internal/access";
import { MAX_SCORE } from "./rules";

/** A committee member's scores of one proposal, one per criterion. Only committee members score. */
export async function scoreProposal({ actor, input }: VerbArgs<ScoreProposalInput>) {
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
    await recordAudit(tx, actor, {
      action: "program.proposal.score",
      entity: ["Proposal", proposal.id],
      after: { committeeMemberId: seat.id, scores: input.scores },
    });
    return { proposalId: proposal.id };
  });
}
