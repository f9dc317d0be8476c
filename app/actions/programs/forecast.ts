"use server";
// Program creation, stage moves and the needs survey: parse with zod, call the service, revalidate.
import { redirect } from "next/navigation";
import { z } from "zod";
import { optionalTextField } from "@/lib/input/text";
import { formAction } from "@/lib/action";
import { ProgramStage, SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import { createProgram } from "@/lib/services/programs/create-program";
import { moveProgramStage } from "@/lib/services/programs/move-program-stage";
import { answerSurvey } from "@/lib/services/programs/answer-survey";
import { publishSurveyQuestion } from "@/lib/services/programs/publish-survey-question";
import { dollarsToCents } from "@/lib/services/programs/rules";
import { id, text, optionalInt, programAction, refreshProgram } from "./fields";

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

const StageMoveForm = z.object({
  programId: id,
  toStage: z.enum(ProgramStage),
  note: optionalTextField({ max: 2000, multiline: true, label: "Note" }),
});
export const moveProgramStageAction = programAction(StageMoveForm, moveProgramStage, "Stage changed.");

const SurveyQuestionForm = z.object({ programId: id, prompt: text(500, "Write the question.") });
export const publishSurveyQuestionAction = programAction(
  SurveyQuestionForm,
  publishSurveyQuestion,
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
    comment: optionalTextField({ max: 2000, multiline: true, label: "Comment" }),
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
    refreshProgram(input);
  },
  "Answer saved. Thank you.",
);
