// What the dashboards show of programs and contracts, per side.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { ProgramStage } from "@/lib/generated/prisma/enums";

export async function memberProgramSummary({ actor }: { actor: Actor | null }) {
  assertCan(actor, "programs.view");
  const [openContracts, pilots, surveys, committees] = await Promise.all([
    db.contract.count({ where: { status: "PROGRAM" } }),
    db.contract.findMany({
      where: { status: "PILOT", pilotParticipants: { some: { organizationId: actor.organization.id } } },
      select: { id: true, title: true },
    }),
    db.program.findMany({
      where: { stage: "FORECAST", surveyQuestions: { some: {} } },
      select: {
        id: true,
        title: true,
        surveyQuestions: {
          select: { answers: { where: { organizationId: actor.organization.id }, select: { id: true } } },
        },
      },
    }),
    db.committeeMember.findMany({
      where: { userId: actor.userId, program: { stage: { not: "RETIRED" } } },
      select: { program: { select: { id: true, title: true, stage: true } } },
    }),
  ]);
  return {
    openContracts,
    pilots,
    surveys: surveys.map((s) => ({
      id: s.id,
      title: s.title,
      answered: s.surveyQuestions.every((q) => q.answers.length > 0),
    })),
    committees: committees.map((c) => c.program),
  };
}

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
