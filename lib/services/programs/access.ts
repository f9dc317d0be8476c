// Who may see which program: staff see all; members see every program (they are surveyed, sit on
// committees, pilot and adopt); vendors see a program once its RFP is posted. Otherwise: 404.
import type { Actor } from "@/lib/authz/actor";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { stageIndex } from "./stages";

export function programVisibleTo(actor: Actor, stage: ProgramStage) {
  if (actor.side !== "vendor") return true;
  return stageIndex(stage) >= stageIndex("SOLICITATION");
}

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
