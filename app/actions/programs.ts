"use server";
// Program, solicitation, evaluation and pilot actions: parse with zod, call the service, revalidate.
import { revalidatePath, updateTag } from "next/cache";
import { CATALOG_TAG } from "@/lib/services/catalog/catalog-query";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { ProgramStage, SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import { createProgram } from "@/lib/services/programs/create-program";
import { moveProgramStage } from "@/lib/services/programs/move-program-stage";
import { answerSurvey } from "@/lib/services/programs/answer-survey";
import { publishSurveyQuestion } from "@/lib/services/programs/publish-survey-question";
import { appointCommitteeMember } from "@/lib/services/programs/appoint-committee-member";
import { commentOnRfp } from "@/lib/services/programs/comment-on-rfp";
import { updateRfpDraft } from "@/lib/services/programs/update-rfp-draft";
import { answerVendorQuestion } from "@/lib/services/programs/answer-vendor-question";
import { askVendorQuestion } from "@/lib/services/programs/ask-vendor-question";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { scoreProposal } from "@/lib/services/programs/score-proposal";
import { setCriteria } from "@/lib/services/programs/set-criteria";
import { awardProposal } from "@/lib/services/programs/award-proposal";
import { dollarsToCents } from "@/lib/services/programs/rules";
import { addPilotParticipant } from "@/lib/services/contracts/add-pilot-participant";
import { reportPilotIssue } from "@/lib/services/contracts/report-pilot-issue";
import { resolvePilotIssue } from "@/lib/services/contracts/resolve-pilot-issue";
import { respondToPilotIssue } from "@/lib/services/contracts/respond-to-pilot-issue";

const id = z.string().min(1).max(64);
const text = (max: number, message = "This field is required.") => z.string().trim().min(1, message).max(max);
const optionalInt = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce.number().int().min(0).max(100_000_000).optional(),
);
const dateInput = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((v) => new Date(`${v}T00:00:00Z`));

function refreshProgram(programId: string) {
  revalidatePath(`/staff/programs/${programId}`);
  revalidatePath(`/programs/${programId}`);
}

export const createProgramAction = formAction(
  z.object({
    title: text(160, "Give the program a title."),
    summary: text(2000, "Describe the need in a sentence or two."),
    category: text(80, "Give a category, such as Cybersecurity."),
  }),
  async ({ actor, input }) => {
    const program = await createProgram({ actor, input });
    redirect(`/staff/programs/${program.id}`);
  },
);

export const moveProgramStageAction = formAction(
  z.object({ programId: id, toStage: z.enum(ProgramStage), note: z.string().trim().max(2000).optional() }),
  async ({ actor, input }) => {
    await moveProgramStage({ actor, input });
    refreshProgram(input.programId);
    updateTag(CATALOG_TAG);
  },
  "Stage changed.",
);

export const publishSurveyQuestionAction = formAction(
  z.object({ programId: id, prompt: text(500, "Write the question.") }),
  async ({ actor, input }) => {
    await publishSurveyQuestion({ actor, input });
    refreshProgram(input.programId);
  },
  "Question published.",
);

export const answerSurveyAction = formAction(
  z.object({
    programId: id,
    questionId: id,
    interest: z.enum(SurveyInterest, "Choose your interest."),
    timeline: z.enum(SurveyTimeline, "Choose a timeline."),
    estimatedQuantity: optionalInt,
    estimatedBudget: z
      .string()
      .trim()
      .max(20)
      .optional()
      .refine((v) => !v || dollarsToCents(v) !== null, "Write a dollar amount such as 25,000."),
    comment: z.string().trim().max(2000).optional(),
  }),
  async ({ actor, input }) => {
    await answerSurvey({
      actor,
      input: {
        ...input,
        estimatedBudgetCents: input.estimatedBudget ? (dollarsToCents(input.estimatedBudget) ?? undefined) : undefined,
        comment: input.comment || undefined,
      },
    });
    refreshProgram(input.programId);
  },
  "Answer saved. Thank you.",
);

export const appointCommitteeMemberAction = formAction(
  z.object({ programId: id, email: z.email("Enter the person's work email address.") }),
  async ({ actor, input }) => {
    await appointCommitteeMember({ actor, input });
    refreshProgram(input.programId);
  },
  "Appointed to the committee.",
);

export const updateRfpDraftAction = formAction(
  z.object({
    programId: id,
    rfpDraft: z.string().max(100_000),
    rfpNumber: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    proposalDueAt: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const d = new Date(v.length === 16 ? `${v}:00Z` : v);
        if (Number.isNaN(d.getTime())) {
          ctx.addIssue({ code: "custom", message: "Choose a date and time." });
          return z.NEVER;
        }
        return d;
      }),
  }),
  async ({ actor, input }) => {
    await updateRfpDraft({ actor, input });
    refreshProgram(input.programId);
  },
  "RFP saved.",
);

export const commentOnRfpAction = formAction(
  z.object({ programId: id, body: text(5000, "Write your comment.") }),
  async ({ actor, input }) => {
    await commentOnRfp({ actor, input });
    refreshProgram(input.programId);
  },
  "Comment posted.",
);

export const askVendorQuestionAction = formAction(
  z.object({ programId: id, question: text(3000, "Write your question.") }),
  async ({ actor, input }) => {
    await askVendorQuestion({ actor, input });
    refreshProgram(input.programId);
  },
  "Question sent. The answer will be published to every vendor.",
);

export const answerVendorQuestionAction = formAction(
  z.object({ programId: id, questionId: id, answer: text(5000, "Write the answer.") }),
  async ({ actor, input }) => {
    await answerVendorQuestion({ actor, input });
    refreshProgram(input.programId);
  },
  "Answer published to every vendor.",
);

export const submitProposalAction = formAction(
  z.object({
    programId: id,
    summary: text(10_000, "Summarize your proposal."),
    priceSchedule: text(200_000, "Give your price schedule."),
  }),
  async ({ actor, input }) => {
    await submitProposal({ actor, input });
    refreshProgram(input.programId);
    revalidatePath("/vendor/proposals");
  },
  "Proposal submitted.",
);

export const setCriteriaAction = formAction(
  z.object({ programId: id, criteria: text(5000, "Give the criteria.") }),
  async ({ actor, input }) => {
    await setCriteria({ actor, input });
    refreshProgram(input.programId);
  },
  "Criteria saved.",
);

// one "score_<criterion id>" field per criterion, so the schema lets those through
export const scoreProposalAction = formAction(
  z.looseObject({ programId: id, proposalId: id, comment: z.string().trim().max(2000).optional() }),
  async ({ actor, input }) => {
    const scores: Record<string, number> = {};
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith("score_") && typeof value === "string")
        scores[key.slice(6)] = value.trim() === "" ? Number.NaN : Number(value);
    }
    await scoreProposal({
      actor,
      input: { proposalId: input.proposalId, scores, comment: input.comment || undefined },
    });
    refreshProgram(input.programId);
  },
  "Scores saved.",
);

export const awardProposalAction = formAction(
  z.object({
    programId: id,
    proposalId: id,
    contractNumber: text(40, "Give the contract a number."),
    termStart: dateInput("Choose the first day of the term."),
    termEnd: dateInput("Choose the last day of the term."),
    renewalOptions: text(300, "Describe the renewal options, or write None."),
    renewalsRemaining: z.coerce.number().int().min(0).max(10),
  }),
  async ({ actor, input }) => {
    await awardProposal({ actor, input });
    refreshProgram(input.programId);
  },
  "Contract awarded.",
);

export const addPilotParticipantAction = formAction(
  z.object({ programId: id, contractId: id, organizationId: id }),
  async ({ actor, input }) => {
    await addPilotParticipant({ actor, input });
    refreshProgram(input.programId);
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Pilot participant added.",
);

export const reportPilotIssueAction = formAction(
  z.object({
    contractId: id,
    title: text(200, "Give the issue a short title."),
    description: text(5000, "Describe what happened."),
  }),
  async ({ actor, input }) => {
    await reportPilotIssue({ actor, input });
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Issue logged. The vendor has been told.",
);

export const respondToPilotIssueAction = formAction(
  z.object({ issueId: id, response: text(5000, "Write your answer.") }),
  async ({ actor, input }) => {
    await respondToPilotIssue({ actor, input });
    revalidatePath("/vendor/pilot-issues");
  },
  "Answer sent.",
);

export const resolvePilotIssueAction = formAction(
  z.object({
    contractId: id,
    issueId: id,
    resolution: text(5000, "Say how it was resolved."),
    lessonsLearned: text(5000, "Write the lessons learned for later adopters."),
  }),
  async ({ actor, input }) => {
    await resolvePilotIssue({ actor, input });
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Issue resolved.",
);
