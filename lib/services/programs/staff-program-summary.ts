// What the staff dashboard shows of programs and contracts.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { ProgramStage } from "@/lib/generated/prisma/enums";

/** Staff dashboard: `{ counts }` of programs per stage and `openIssues`, the unresolved pilot issues. */
export async function staffProgramSummary({ actor }: { actor: Actor | null }) {
  assertCan(actor, "programs.manage");
  const [byStage, openIssues] = await Promise.all([
    db.program.groupBy({ by: ["stage"], _count: { _all: true } }),
    db.pilotIssue.count({ where: { status: { not: "RESOLVED" } } }),
  ]);
  const counts: Partial<Record<ProgramStage, number>> = {};
  for (const row of byStage) counts[row.stage] = row._count._all;
  return { counts, openIssues };
}
