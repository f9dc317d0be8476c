// Pilot issues on a vendor's contracts, waiting ones first.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** Pilot issues on the vendor's contracts (only OPEN ones with `waitingOnly`), with contract and reporting town. */
export async function listVendorPilotIssues({
  actor,
  input = {},
}: {
  actor: Actor | null;
  input?: { waitingOnly?: boolean };
}) {
  assertCan(actor, "pilot.issues.respond");
  return db.pilotIssue.findMany({
    where: {
      contract: { vendorOrganizationId: actor.organization.id },
      ...(input.waitingOnly ? { status: "OPEN" } : {}),
    },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: {
      contract: { select: { id: true, number: true, title: true } },
      reportedByOrganization: { select: { name: true } },
    },
  });
}
