import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";

export type RatingAverages = {
  count: number;
  quality: number;
  timeliness: number;
  support: number;
  value: number;
  overall: number;
};

/**
 * Averages of the towns' ratings of a contract's vendor (1 to 5). Members and staff see them; a vendor sees
 * its own contracts' only (null otherwise). Comments are not included: they stay on each request.
 */
export async function getContractRatings({
  actor,
  input,
}: VerbArgs<{ contractId: string }>): Promise<RatingAverages | null> {
  assertCan(actor, "ratings.view");
  if (actor.side === "vendor") {
    const own = await db.contract.count({
      where: { id: input.contractId, vendorOrganizationId: actor.organization.id },
    });
    if (!own) return null;
  }
  const agg = await db.vendorRating.aggregate({
    where: { contractId: input.contractId },
    _count: { _all: true },
    _avg: { quality: true, timeliness: true, support: true, value: true },
  });
  const count = agg._count._all;
  const avg = (v: number | null) => Math.round((v ?? 0) * 10) / 10;
  const parts = [agg._avg.quality, agg._avg.timeliness, agg._avg.support, agg._avg.value].map((v) => v ?? 0);
  return {
    count,
    quality: avg(agg._avg.quality),
    timeliness: avg(agg._avg.timeliness),
    support: avg(agg._avg.support),
    value: avg(agg._avg.value),
    overall: count ? avg(parts.reduce((a, b) => a + b, 0) / 4) : 0,
  };
}
