// The towns' ratings of a contract's vendor, for the contract page (members, staff, and the vendor itself).
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/assert";
import { getContractRatings } from "@/lib/services/requests/contract-ratings";
import { Card, EmptyState } from "@/components/ui/card";
import { StatTiles } from "@/components/ui/stat-tiles";

const SCALES = [
  ["quality", "Quality"],
  ["timeliness", "Timeliness"],
  ["support", "Support"],
  ["value", "Value"],
] as const;

export async function ContractRatings({ actor, contractId }: { actor: Actor | null; contractId: string }) {
  if (!can(actor, "ratings.view")) return null;
  const r = await getContractRatings({ actor, input: { contractId } });
  if (!r) return null;
  return (
    <Card title="Ratings from member towns">
      {r.count === 0 ? (
        <EmptyState>No ratings yet. Towns rate the vendor after each fulfilled purchase request.</EmptyState>
      ) : (
        <>
          <p className="mb-2">
            Average of {r.count} rating{r.count === 1 ? "" : "s"}: <strong>{r.overall.toFixed(1)} out of 5</strong>
          </p>
          <StatTiles columns={4} stats={SCALES.map(([key, label]) => ({ key, label, value: r[key].toFixed(1) }))} />
        </>
      )}
    </Card>
  );
}
