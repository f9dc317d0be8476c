// A vendor's own proposals, newest first.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** The vendor's proposals with their program and counts of price lines and documents. */
export async function listVendorProposals({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.proposal.findMany({
    where: { vendorOrganizationId: actor.organization.id },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      program: { select: { id: true, title: true, stage: true, rfpNumber: true, proposalDueAt: true } },
      _count: { select: { priceLines: true, documents: true } },
    },
  });
}
