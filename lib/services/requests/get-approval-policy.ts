// Each member organization's internal approval rule: above a threshold, who approves before the vendor sees it.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** The actor's organization's approval rule (threshold in cents and approvers), or null when it has none. */
export async function getApprovalPolicy({ actor }: { actor: Actor | null }) {
  assertCan(actor, "requests.view.own");
  return db.approvalPolicy.findUnique({
    where: { organizationId: actor.organization.id },
    select: { thresholdCents: true, approvers: true, updatedAt: true },
  });
}
