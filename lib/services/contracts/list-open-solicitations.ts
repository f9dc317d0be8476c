import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** Open solicitations a vendor may still answer. */
export async function listOpenSolicitations({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.program.findMany({
    where: { stage: "SOLICITATION", proposalDueAt: { gt: new Date() } },
    orderBy: { proposalDueAt: "asc" },
    select: {
      id: true,
      title: true,
      rfpNumber: true,
      proposalDueAt: true,
      proposals: { where: { vendorOrganizationId: actor.organization.id }, select: { id: true } },
    },
  });
}
