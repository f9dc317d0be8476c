// The needs survey at FORECAST: staff publish questions, member organizations answer, staff read the demand.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import { findVisibleProgram } from "./access";

export async function publishSurveyQuestion({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; prompt: string };
}) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (program.stage !== "FORECAST")
      throw new ConflictError("Survey questions are published while the program is in FORECAST.");
    const duplicate = await tx.surveyQuestion.findUnique({
      where: { programId_prompt: { programId: program.id, prompt: input.prompt } },
    });
    if (duplicate) throw new ConflictError("That question is already published.");
    const position = await tx.surveyQuestion.count({ where: { programId: program.id } });
    const question = await tx.surveyQuestion.create({
      data: { programId: program.id, prompt: input.prompt, position },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.survey_question.publish",
      entityType: "SurveyQuestion",
      entityId: question.id,
      after: { programId: program.id, prompt: input.prompt },
    });
    return question;
  });
}

export type SurveyAnswerInput = {
  questionId: string;
  interest: SurveyInterest;
  timeline: SurveyTimeline;
  estimatedQuantity?: number;
  estimatedBudgetCents?: number;
  comment?: string;
};

/** A member organization's answer; answering again replaces the organization's earlier answer. */
export async function answerSurvey({ actor, input }: { actor: Actor | null; input: SurveyAnswerInput }) {
  assertCan(actor, "survey.answer");
  return db.$transaction(async (tx) => {
    const question = await tx.surveyQuestion.findUnique({
      where: { id: input.questionId },
      select: { id: true, program: { select: { id: true, stage: true } } },
    });
    if (!question) throw new NotFoundError();
    if (question.program.stage !== "FORECAST")
      throw new ConflictError("The survey closed when the program left FORECAST.");
    const key = { questionId_organizationId: { questionId: question.id, organizationId: actor.organization.id } };
    const before = await tx.surveyAnswer.findUnique({ where: key });
    const data = {
      interest: input.interest,
      timeline: input.timeline,
      estimatedQuantity: input.estimatedQuantity ?? null,
      estimatedBudgetCents: input.estimatedBudgetCents ?? null,
      comment: input.comment ?? null,
      respondentUserId: actor.userId,
    };
    const answer = await tx.surveyAnswer.upsert({
      where: key,
      create: { ...data, questionId: question.id, organizationId: actor.organization.id },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: before ? "program.survey_answer.update" : "program.survey_answer.create",
      entityType: "SurveyAnswer",
      entityId: answer.id,
      before: before
        ? {
            interest: before.interest,
            timeline: before.timeline,
            estimatedQuantity: before.estimatedQuantity,
            estimatedBudgetCents: before.estimatedBudgetCents,
          }
        : undefined,
      after: { ...data, programId: question.program.id },
    });
    return answer;
  });
}

/** Aggregated demand per question, for staff. */
export async function getSurveyDemand({ actor, input }: { actor: Actor | null; input: { programId: string } }) {
  assertCan(actor, "programs.manage");
  const questions = await db.surveyQuestion.findMany({
    where: { programId: input.programId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      prompt: true,
      answers: {
        select: {
          interest: true,
          timeline: true,
          estimatedQuantity: true,
          estimatedBudgetCents: true,
          comment: true,
          organization: { select: { name: true } },
        },
      },
    },
  });
  return questions.map((q) => {
    const interest: Record<SurveyInterest, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, NONE: 0 };
    const timeline: Record<SurveyTimeline, number> = {
      WITHIN_6_MONTHS: 0,
      WITHIN_12_MONTHS: 0,
      WITHIN_24_MONTHS: 0,
      LATER: 0,
    };
    let quantity = 0;
    let budgetCents = 0;
    for (const a of q.answers) {
      interest[a.interest] += 1;
      timeline[a.timeline] += 1;
      quantity += a.estimatedQuantity ?? 0;
      budgetCents += a.estimatedBudgetCents ?? 0;
    }
    const interested = q.answers
      .filter((a) => a.interest !== "NONE")
      .map((a) => a.organization.name)
      .sort();
    return {
      id: q.id,
      prompt: q.prompt,
      responses: q.answers.length,
      interest,
      timeline,
      quantity,
      budgetCents,
      interested,
    };
  });
}
