// Choices for the request forms and filters: contracts a member may request on, and the filter lists.
import { db } from "@/lib/db";
import { contractChoices } from "@/lib/db/queries/requests";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** Contracts open to this member now: PROGRAM, and PILOT where it is a pilot participant. */
export async function listRequestableContracts({ actor }: { actor: Actor | null }) {
  assertCan(actor, "requests.create");
  return db.contract.findMany({
    where: {
      OR: [
        { status: "PROGRAM" },
        { status: "PILOT", pilotParticipants: { some: { organizationId: actor.organization.id } } },
      ],
    },
    orderBy: [{ title: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      category: true,
      status: true,
      vendorOrganization: { select: { name: true } },
    },
  });
}

/** Contracts and vendors to filter a list by: a vendor's own contracts; every contract and vendor for staff. */
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
