// Authorization matrix rows for the program, solicitation, evaluation and pilot actions.
import {
  addPilotParticipantAction,
  reportPilotIssueAction,
  resolvePilotIssueAction,
  respondToPilotIssueAction,
} from "@/app/actions/programs/pilot";
import {
  answerSurveyAction,
  createProgramAction,
  moveProgramStageAction,
  publishSurveyQuestionAction,
} from "@/app/actions/programs/forecast";
import {
  answerVendorQuestionAction,
  askVendorQuestionAction,
  submitProposalAction,
} from "@/app/actions/programs/solicitation";
import {
  appointCommitteeMemberAction,
  commentOnRfpAction,
  updateRfpDraftAction,
} from "@/app/actions/programs/committee";
import { awardProposalAction, scoreProposalAction, setCriteriaAction } from "@/app/actions/programs/evaluation";
import { db } from "@/lib/db";
import { createProgram } from "@/lib/services/programs/create-program";
import { moveProgramStage } from "@/lib/services/programs/move-program-stage";
import { publishSurveyQuestion } from "@/lib/services/programs/publish-survey-question";
import { askVendorQuestion } from "@/lib/services/programs/ask-vendor-question";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { addPilotParticipant } from "@/lib/services/contracts/add-pilot-participant";
import { reportPilotIssue } from "@/lib/services/contracts/report-pilot-issue";
import { respondToPilotIssue } from "@/lib/services/contracts/respond-to-pilot-issue";
import { uid } from "../factories";
import {
  awardedProgram,
  passDueDate,
  SCHEDULE_X,
  scoreAll,
  solicitingProgram,
  type ProgramWorld,
} from "../factories/programs";
import { forAll } from "./personas";
import type { ActionRow, Outcome, World } from "./actions";
import { form } from "./actions";

const pw = (w: World): ProgramWorld => ({
  staff: w.staff,
  townA: w.memberA,
  townB: w.memberB,
  vendorX: w.vendorX,
  vendorY: w.vendorY,
});
const staffOnly = forAll<Outcome>(403, { anonymous: 401, staff: "ok" });
const newProgram = (w: World) =>
  createProgram({ actor: w.staff.actor, input: { title: `Matrix ${uid()}`, summary: "s", category: "c" } });

async function evaluating(w: World) {
  const program = await solicitingProgram(pw(w));
  const proposal = await submitProposal({
    actor: w.vendorX.actor,
    input: { programId: program.id, summary: "X", priceSchedule: SCHEDULE_X },
  });
  await passDueDate(program.id);
  await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } });
  return { program, proposal };
}

/** A contract in PILOT with member A piloting and an issue it reported, answered by vendor X when `answered`. */
async function pilotIssue(w: World, answered: boolean) {
  const { program, contractId } = await awardedProgram(pw(w));
  await addPilotParticipant({ actor: w.staff.actor, input: { contractId, organizationId: w.memberA.org.id } });
  await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "PILOT" } });
  const issue = await reportPilotIssue({
    actor: w.memberA.actor,
    input: { contractId, title: "Issue", description: "Details" },
  });
  if (answered) await respondToPilotIssue({ actor: w.vendorX.actor, input: { issueId: issue.id, response: "Fixed" } });
  return { contractId, issueId: issue.id };
}

export const PROGRAM_ACTION_ROWS: Record<string, ActionRow> = {
  "app/actions/programs/forecast.ts#createProgramAction": {
    run: () => createProgramAction(null, form({ title: `Matrix ${uid()}`, summary: "A need", category: "Networking" })),
    expect: forAll<Outcome>(403, { anonymous: 401, staff: "redirect" }),
  },
  "app/actions/programs/forecast.ts#moveProgramStageAction": {
    run: async (w) =>
      moveProgramStageAction(null, form({ programId: (await newProgram(w)).id, toStage: "RFP_DRAFTING" })),
    expect: staffOnly,
  },
  "app/actions/programs/forecast.ts#publishSurveyQuestionAction": {
    run: async (w) =>
      publishSurveyQuestionAction(null, form({ programId: (await newProgram(w)).id, prompt: "Interested?" })),
    expect: staffOnly,
  },
  "app/actions/programs/forecast.ts#answerSurveyAction": {
    run: async (w) => {
      const program = await newProgram(w);
      const q = await publishSurveyQuestion({
        actor: w.staff.actor,
        input: { programId: program.id, prompt: "Interested?" },
      });
      return answerSurveyAction(
        null,
        form({
          programId: program.id,
          questionId: q.id,
          interest: "HIGH",
          timeline: "LATER",
          estimatedQuantity: "5",
          estimatedBudget: "1,000",
        }),
      );
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: "ok" }),
  },
  "app/actions/programs/committee.ts#appointCommitteeMemberAction": {
    run: async (w) =>
      appointCommitteeMemberAction(null, form({ programId: (await newProgram(w)).id, email: w.memberB.user.email })),
    expect: staffOnly,
  },
  "app/actions/programs/committee.ts#updateRfpDraftAction": {
    run: async (w) =>
      updateRfpDraftAction(
        null,
        form({
          programId: (await newProgram(w)).id,
          rfpDraft: "Scope",
          rfpNumber: uid("R"),
          proposalDueAt: "2099-01-01T12:00",
        }),
      ),
    expect: staffOnly,
  },
  "app/actions/programs/committee.ts#commentOnRfpAction": {
    // member A sits on the committee; member B does not (404)
    run: async (w) => {
      const program = await newProgram(w);
      await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } });
      await db.committeeMember.create({
        data: { programId: program.id, userId: w.memberA.user.id, organizationId: w.memberA.org.id },
      });
      return commentOnRfpAction(null, form({ programId: program.id, body: "A comment" }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: 404, staff: "ok" }),
  },
  "app/actions/programs/solicitation.ts#askVendorQuestionAction": {
    run: async (w) =>
      askVendorQuestionAction(null, form({ programId: (await solicitingProgram(pw(w))).id, question: "Per device?" })),
    expect: forAll<Outcome>(403, { anonymous: 401, vendorX: "ok", vendorY: "ok" }),
  },
  "app/actions/programs/solicitation.ts#answerVendorQuestionAction": {
    run: async (w) => {
      const program = await solicitingProgram(pw(w));
      const q = await askVendorQuestion({
        actor: w.vendorX.actor,
        input: { programId: program.id, question: "Per device?" },
      });
      return answerVendorQuestionAction(null, form({ programId: program.id, questionId: q.id, answer: "Yes" }));
    },
    expect: staffOnly,
  },
  "app/actions/programs/solicitation.ts#submitProposalAction": {
    run: async (w) =>
      submitProposalAction(
        null,
        form({ programId: (await solicitingProgram(pw(w))).id, summary: "Our offer", priceSchedule: SCHEDULE_X }),
      ),
    expect: forAll<Outcome>(403, { anonymous: 401, vendorX: "ok", vendorY: "ok" }),
  },
  "app/actions/programs/evaluation.ts#setCriteriaAction": {
    run: async (w) =>
      setCriteriaAction(null, form({ programId: (await newProgram(w)).id, criteria: "Technical | 60\nPrice | 40" })),
    expect: staffOnly,
  },
  "app/actions/programs/evaluation.ts#scoreProposalAction": {
    // only the committee (member A) scores; member B is not on it (404); staff and vendors may not (403)
    run: async (w) => {
      const { program, proposal } = await evaluating(w);
      const criteria = await db.evaluationCriterion.findMany({ where: { programId: program.id } });
      return scoreProposalAction(
        null,
        form({
          programId: program.id,
          proposalId: proposal.id,
          ...Object.fromEntries(criteria.map((c) => [`score_${c.id}`, "7"])),
        }),
      );
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: 404 }),
  },
  "app/actions/programs/evaluation.ts#awardProposalAction": {
    run: async (w) => {
      const { program, proposal } = await evaluating(w);
      await scoreAll(pw(w), proposal.id, 8);
      return awardProposalAction(
        null,
        form({
          programId: program.id,
          proposalId: proposal.id,
          contractNumber: uid("C"),
          termStart: "2026-08-01",
          termEnd: "2029-07-31",
          renewalOptions: "None",
          renewalsRemaining: "0",
        }),
      );
    },
    expect: staffOnly,
  },
  "app/actions/programs/pilot.ts#addPilotParticipantAction": {
    run: async (w) => {
      const { program, contractId } = await awardedProgram(pw(w));
      return addPilotParticipantAction(
        null,
        form({ programId: program.id, contractId, organizationId: w.memberB.org.id }),
      );
    },
    expect: staffOnly,
  },
  "app/actions/programs/pilot.ts#reportPilotIssueAction": {
    // member A pilots the contract; member B does not (404)
    run: async (w) => {
      const { contractId } = await pilotIssue(w, false);
      return reportPilotIssueAction(null, form({ contractId, title: "Another", description: "Details" }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: 404, staff: "ok" }),
  },
  "app/actions/programs/pilot.ts#respondToPilotIssueAction": {
    // vendor X holds the contract; vendor Y's answer finds nothing (404)
    run: async (w) =>
      respondToPilotIssueAction(
        null,
        form({ issueId: (await pilotIssue(w, false)).issueId, response: "Working on it" }),
      ),
    expect: forAll<Outcome>(403, { anonymous: 401, vendorX: "ok", vendorY: 404 }),
  },
  "app/actions/programs/pilot.ts#resolvePilotIssueAction": {
    run: async (w) => {
      const { contractId, issueId } = await pilotIssue(w, true);
      return resolvePilotIssueAction(
        null,
        form({ contractId, issueId, resolution: "Done", lessonsLearned: "Plan ahead" }),
      );
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: 404, staff: "ok" }),
  },
};
