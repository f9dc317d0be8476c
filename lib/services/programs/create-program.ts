import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { DEFAULT_CRITERIA, slugifyTitle } from "./rules";

/**
 * Creates a program at FORECAST with the default criteria and a unique slug; returns the program row.
 * Throws ConflictError while another program of the same title is under way.
 */
export async function createProgram({ actor, input }: VerbArgs<{ title: string; summary: string; category: string }>) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    let slug = slugifyTitle(input.title);
    if (await tx.program.findUnique({ where: { slug }, select: { id: true } }))
      slug = `${slug}-${Date.now().toString(36)}`;
    const exists = await tx.program.findFirst({
      where: { title: input.title, stage: { not: "RETIRED" } },
      select: { id: true },
    });
    if (exists) throw new ConflictError("A program with this title is already under way.");
    const program = await tx.program.create({
      data: {
        slug,
        title: input.title,
        summary: input.summary,
        category: input.category,
        createdById: actor.userId,
        criteria: { create: DEFAULT_CRITERIA.map((c, position) => ({ ...c, position })) },
        stageChanges: { create: { toStage: "FORECAST", actorUserId: actor.userId, note: "Program created" } },
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, actor, {
      action: "program.create",
      entity: ["Program", program.id],
      after: { title: input.title, category: input.category },
    });
    return program;
  });
}
