// What a member's dashboard shows of programs and contracts.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";

/**
 * Counts and short lists for a member's dashboard: open contracts (term not over), its pilots, surveys to answer,
 * committee seats.
 */
export async function memberProgramSummary({ actor }: { actor: Actor | null }) {
  assertCan(actor, "programs.view");
  const current = { gte: calendarDateToDb(todayInCooperative()) };
  const [openContracts, pilots, surveys, committees] = await Promise.all([
    db.contract.count({ where: { status: "PROGRAM", termEnd: current } }),
    db.contract.findMany({
      where: {
        status: "PILOT",
        termEnd: current,
        pilotParticipants: { some: { organizationId: actor.organization.id } },
      },
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
