import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Programs the actor may see (vendors: from SOLICITATION on), newest first, with the actor's stake in each. */
export async function listPrograms({ actor }: { actor: Actor | null }) {
  assertCan(actor, "programs.view");
  const where: Prisma.ProgramWhereInput =
    actor.side === "vendor"
      ? { stage: { in: ["SOLICITATION", "EVALUATION", "AWARDED", "PILOT", "PROGRAM", "RETIRED"] } }
      : {};
  return db.program.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      category: true,
      stage: true,
      proposalDueAt: true,
      updatedAt: true,
      _count: { select: { surveyQuestions: true, committee: true, proposals: true } },
      committee: { where: { userId: actor.userId }, select: { id: true } },
      proposals: { where: { vendorOrganizationId: actor.organization.id }, select: { id: true, status: true } },
    },
  });
}
