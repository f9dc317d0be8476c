// Evaluation: weighted criteria, each committee member scores each proposal (0-10 per criterion), staff award.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, ValidationError } from "@/lib/errors";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";

/** Replaces the criteria, given as lines "name | weight"; weights add up to 100. */
export async function setCriteria({ actor, input }: VerbArgs<{ programId: string; criteria: string }>) {
  assertCan(actor, "programs.manage");
  const rows = input.criteria
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.split("|").map((c) => c.trim()));
  const problems: string[] = [];
  const criteria = rows.map(([name, weight], i) => {
    const w = Number(weight);
    if (!name || !Number.isInteger(w) || w < 1 || w > 100)
      problems.push(`Line ${i + 1}: write "name | weight" with a whole-number weight from 1 to 100.`);
    return { name: (name ?? "").slice(0, 120), weight: w, position: i };
  });
  if (!problems.length && new Set(criteria.map((c) => c.name)).size !== criteria.length)
    problems.push("Each criterion needs its own name.");
  if (!problems.length && criteria.reduce((s, c) => s + c.weight, 0) !== 100)
    problems.push("The weights must add up to 100.");
  if (!criteria.length) problems.push("Give at least one criterion.");
  if (problems.length) throw new ValidationError("The criteria have problems.", { criteria: problems });
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (!["FORECAST", "RFP_DRAFTING", "SOLICITATION"].includes(program.stage))
      throw new ConflictError("Criteria are fixed once evaluation starts.");
    const before = await tx.evaluationCriterion.findMany({
      where: { programId: program.id },
      select: { name: true, weight: true },
    });
    await tx.evaluationCriterion.deleteMany({ where: { programId: program.id } });
    await tx.evaluationCriterion.createMany({ data: criteria.map((c) => ({ ...c, programId: program.id })) });
    await recordAudit(tx, actor, {
      action: "program.criteria.set",
      entity: ["Program", program.id],
      before,
      after: criteria,
    });
    return { programId: program.id };
  });
}
