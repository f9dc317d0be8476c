// Who may see which program: staff see all; members see every program (they are surveyed, sit on
// committees, pilot and adopt); vendors see a program once its RFP is posted. Otherwise: 404.
import type { Actor } from "@/lib/authz/actor";
import { type Tx, db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programVisibleTo } from "../rules";

/** What one organization's answer to a survey question says. */
export const SURVEY_ANSWER_FIELDS = {
  interest: true,
  timeline: true,
  estimatedQuantity: true,
  estimatedBudgetCents: true,
  comment: true,
} as const;

/** The program's survey questions in their order (id, prompt), each with the answers `answers` selects. */
export function findSurveyQuestions<A extends Prisma.SurveyQuestion$answersArgs>(programId: string, answers: A) {
  return db.surveyQuestion.findMany({
    where: { programId },
    orderBy: { position: "asc" },
    select: { id: true, prompt: true, answers },
  });
}

/**
 * The program if the actor may see it at its stage; otherwise a NotFoundError. Reads through `client` (a transaction
 * or db).
 */
export async function findVisibleProgram(actor: Actor, programId: string, client: Tx | typeof db = db) {
  const program = await client.program.findUnique({ where: { id: programId } });
  if (!program || !programVisibleTo(actor, program.stage)) throw new NotFoundError();
  return program;
}

/** The actor's seat on the program's committee (member side only), or null. */
export async function committeeSeatOf(actor: Actor, programId: string, client: Tx | typeof db = db) {
  if (actor.side !== "member") return null;
  return client.committeeMember.findUnique({ where: { programId_userId: { programId, userId: actor.userId } } });
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
