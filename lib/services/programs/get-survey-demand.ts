import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import { SURVEY_ANSWER_FIELDS, findSurveyQuestions } from "./internal/access";

/** Aggregated demand per question, for staff. */
export async function getSurveyDemand({ actor, input }: VerbArgs<{ programId: string }>) {
  assertCan(actor, "programs.manage");
  const questions = await findSurveyQuestions(input.programId, {
    select: { ...SURVEY_ANSWER_FIELDS, organization: { select: { name: true } } },
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
