// The needs survey at FORECAST: staff publish questions, member organizations answer, staff read the demand.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";

/** Adds a survey question to a program at FORECAST. Throws ConflictError at another stage or for a repeated question. */
export async function publishSurveyQuestion({ actor, input }: VerbArgs<{ programId: string; prompt: string }>) {
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
    await recordAudit(tx, actor, {
      action: "program.survey_question.publish",
      entity: ["SurveyQuestion", question.id],
      after: { programId: program.id, prompt: input.prompt },
    });
    return question;
  });
}
