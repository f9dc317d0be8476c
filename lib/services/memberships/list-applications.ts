import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** The staff review queue: waiting applications first, oldest first; then recent decisions. */
export async function listApplications({ actor }: { actor: Actor | null }) {
  assertCan(actor, "memberships.applications.review");
  const select = {
    id: true,
    legalName: true,
    kind: true,
    town: true,
    contactName: true,
    claimedAffiliations: true,
    status: true,
    createdAt: true,
    decidedAt: true,
  } as const;
  const [waiting, decided] = await Promise.all([
    db.membershipApplication.findMany({ where: { status: "SUBMITTED" }, orderBy: { createdAt: "asc" }, select }),
    db.membershipApplication.findMany({
      where: { status: { not: "SUBMITTED" } },
      orderBy: { decidedAt: "desc" },
      take: 25,
      select,
    }),
  ]);
  return { waiting, decided };
}
