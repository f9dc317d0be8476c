// One membership application, for staff review.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

/** One application with the organization it created, if any; a missing one is a NotFoundError. */
export async function getApplication({ actor, input }: VerbArgs<{ id: string }>) {
  assertCan(actor, "memberships.applications.review");
  const application = await db.membershipApplication.findUnique({
    where: { id: input.id },
    include: { organization: { select: { id: true, name: true } } },
  });
  if (!application) throw new NotFoundError();
  return application;
}
