// A vendor's own contracts, soonest-ending first.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** The actor's vendor organization's contracts with their counts of price lines and unresolved pilot issues. */
export async function listVendorContracts({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.contract.findMany({
    where: { vendorOrganizationId: actor.organization.id },
    orderBy: [{ termEnd: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      termStart: true,
      termEnd: true,
      _count: { select: { priceLines: true, pilotIssues: { where: { status: { not: "RESOLVED" } } } } },
    },
  });
}
