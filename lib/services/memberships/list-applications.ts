import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

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

export async function countWaitingApplications({ actor }: { actor: Actor | null }) {
  assertCan(actor, "memberships.applications.review");
  return db.membershipApplication.count({ where: { status: "SUBMITTED" } });
}

export async function getApplication({ actor, input }: { actor: Actor | null; input: { id: string } }) {
  assertCan(actor, "memberships.applications.review");
  const application = await db.membershipApplication.findUnique({
    where: { id: input.id },
    include: { organization: { select: { id: true, name: true } } },
  });
  if (!application) throw new NotFoundError();
  return application;
}
