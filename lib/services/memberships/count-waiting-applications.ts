// How many membership applications wait for a decision (staff dashboard).
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** How many applications are SUBMITTED and not yet decided. */
export async function countWaitingApplications({ actor }: { actor: Actor | null }) {
  assertCan(actor, "memberships.applications.review");
  return db.membershipApplication.count({ where: { status: "SUBMITTED" } });
}
