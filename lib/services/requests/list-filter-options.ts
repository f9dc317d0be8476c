import { db } from "@/lib/db";
import { contractChoices } from "@/lib/db/queries/requests";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/**
 * Contracts and vendors to filter a request list by: a vendor's own contracts; every contract and vendor for staff
 * (members get neither). Throws ForbiddenError without requests.view.
 */
export async function listFilterOptions({ actor }: { actor: Actor | null }) {
  assertCan(actor, "requests.view");
  // on every inbox and list page: one plain statement
  const [contracts, vendors] = await Promise.all([
    contractChoices(actor.side === "vendor" ? actor.organization.id : null),
    actor.side === "staff"
      ? db.organization.findMany({
          where: { kind: "VENDOR" },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : Promise.resolve([]),
  ]);
  return { contracts, vendors };
}
