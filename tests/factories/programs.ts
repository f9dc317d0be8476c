// Factories for programs: a fresh world of staff, members, vendors and a program walked to a given stage.
import { db } from "@/lib/db";
import { actorOf, createUser, signInAs, uid } from "../factories";
import { createProgram } from "@/lib/services/programs/create-program";
import { moveProgramStage } from "@/lib/services/programs/move-program-stage";
import { appointCommitteeMember } from "@/lib/services/programs/appoint-committee-member";
import { updateRfpDraft } from "@/lib/services/programs/update-rfp-draft";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { scoreProposal } from "@/lib/services/programs/score-proposal";
import { awardProposal } from "@/lib/services/programs/award-proposal";

export async function programWorld() {
  const staff = await actorOf("COOPERATIVE", "ADMIN");
  const townA = await actorOf("MUNICIPALITY", "IT_LEAD", ["CRCOG"]);
  const townB = await actorOf("MUNICIPALITY", "ADMIN");
  const vendorX = await actorOf("VENDOR", "ADMIN");
  const vendorY = await actorOf("VENDOR", "ADMIN");
  return { staff, townA, townB, vendorX, vendorY };
}

export type ProgramWorld = Awaited<ReturnType<typeof programWorld>>;

export const SCHEDULE_X =
  "NET-1 | Switch | each | 1,000.00 | 800.00 | 1,500.00\nNET-2 | Support | per month | 100 | | 150";
export const SCHEDULE_Y = "Y-1 | Switch | each | 1,100.00";

/** Creates a program and walks it to SOLICITATION with townA on the committee and the due date `dueInMs` away. */
export async function solicitingProgram(w: ProgramWorld, dueInMs = 3_600_000) {
  const program = await createProgram({
    actor: w.staff.actor,
    input: { title: `Program ${uid("p")}`, summary: "A need.", category: "Networking" },
  });
  await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } });
  await appointCommitteeMember({ actor: w.staff.actor, input: { programId: program.id, email: w.townA.user.email } });
  await updateRfpDraft({
    actor: w.staff.actor,
    input: {
      programId: program.id,
      rfpDraft: "Scope of work.",
      rfpNumber: uid("RFP"),
      proposalDueAt: new Date(Date.now() + dueInMs),
    },
  });
  await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "SOLICITATION" } });
  return program;
}

/** Time passes: the due date is now behind us. */
export async function passDueDate(programId: string) {
  await db.program.update({ where: { id: programId }, data: { proposalDueAt: new Date(Date.now() - 1000) } });
}

export async function scoreAll(w: ProgramWorld, proposalId: string, score: number) {
  const { programId } = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
  const criteria = await db.evaluationCriterion.findMany({ where: { programId } });
  await scoreProposal({
    actor: w.townA.actor,
    input: { proposalId, scores: Object.fromEntries(criteria.map((c) => [c.id, score])) },
  });
}

/** A program walked through evaluation to AWARDED, with vendorX winning. */
export async function awardedProgram(w: ProgramWorld) {
  const program = await solicitingProgram(w);
  const px = await submitProposal({
    actor: w.vendorX.actor,
    input: { programId: program.id, summary: "X proposal", priceSchedule: SCHEDULE_X },
  });
  const py = await submitProposal({
    actor: w.vendorY.actor,
    input: { programId: program.id, summary: "Y proposal", priceSchedule: SCHEDULE_Y },
  });
  await passDueDate(program.id);
  await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } });
  await scoreAll(w, px.id, 9);
  await scoreAll(w, py.id, 6);
  const { contractId } = await awardProposal({
    actor: w.staff.actor,
    input: {
      proposalId: px.id,
      contractNumber: uid("C"),
      termStart: "2026-08-01",
      termEnd: "2029-07-31",
      renewalOptions: "Two one-year renewals",
      renewalsRemaining: 2,
    },
  });
  return { program, px, py, contractId };
}

export async function anotherMemberOf(orgId: string) {
  const user = await createUser({ organizationId: orgId, role: "STAFF" });
  return signInAs(user.id);
}
