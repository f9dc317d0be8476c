import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { MoveProgramStageInput } from "./schemas";
import { ConflictError } from "@/lib/errors";
import { applyStageChange } from "./internal/stage-change";

/** Staff move a program to its next stage (or retire it), under the lifecycle's rules. */
export async function moveProgramStage({ actor, input }: VerbArgs<MoveProgramStageInput>) {
  assertCan(actor, "programs.manage");
  if (input.toStage === "AWARDED") throw new ConflictError("Award a scored proposal to move to AWARDED.");
  if (input.toStage === "RETIRED" && !input.note?.trim())
    throw new ConflictError("Say why the program is retired (for example, the no-go decision).");
  await db.$transaction(async (tx) => {
    await applyStageChange(tx, actor, input.programId, input.toStage, input.note?.trim() || null);
    const note = input.note?.trim();
    if ((input.toStage === "PROGRAM" || input.toStage === "RETIRED") && note) {
      await tx.program.update({ where: { id: input.programId }, data: { pilotDecisionNote: note } });
    }
  });
  return { programId: input.programId, stage: input.toStage };
}
