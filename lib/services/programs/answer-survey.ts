import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";

export type SurveyAnswerInput = {
  questionId: string;
  interest: SurveyInterest;
  timeline: SurveyTimeline;
  estimatedQuantity?: number;
  estimatedBudgetCents?: number;
  comment?: string;
};

/** A member organization's answer; answering again replaces the organization's earlier answer. */
export async function answerSurvey({ actor, input }: VerbArgs<SurveyAnswerInput>) {
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
    await recordAudit(tx, actor, {
      action: before ? "program.survey_answer.update" : "program.survey_answer.create",
      entity: ["SurveyAnswer", answer.id],
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
