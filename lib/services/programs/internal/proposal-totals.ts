import { db } from "@/lib/db";
import { MAX_SCORE } from "../rules";

/** Weighted totals out of 100: per criterion, the mean of the members' scores, times its weight, over MAX_SCORE. */
export async function proposalTotals(programId: string) {
  const [criteria, proposals] = await Promise.all([
    db.evaluationCriterion.findMany({
      where: { programId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, weight: true },
    }),
    db.proposal.findMany({
      where: { programId },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        status: true,
        vendorOrganization: { select: { name: true } },
        scores: { select: { criterionId: true, score: true, committeeMemberId: true } },
      },
    }),
  ]);
  return proposals
    .map((p) => {
      const perCriterion = criteria.map((c) => {
        const s = p.scores.filter((x) => x.criterionId === c.id).map((x) => x.score);
        const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : null;
        return { criterionId: c.id, name: c.name, weight: c.weight, mean, scorers: s.length };
      });
      const complete = perCriterion.every((c) => c.mean !== null);
      const total = perCriterion.reduce((sum, c) => sum + ((c.mean ?? 0) * c.weight) / MAX_SCORE, 0);
      return {
        proposalId: p.id,
        vendor: p.vendorOrganization.name,
        status: p.status,
        perCriterion,
        complete,
        total: Math.round(total * 10) / 10,
        scorers: new Set(p.scores.map((s) => s.committeeMemberId)).size,
      };
    })
    .sort((a, b) => b.total - a.total);
}
