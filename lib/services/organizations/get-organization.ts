import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

/** The actor's own organization with its people. */
export async function getOwnOrganization({ actor }: { actor: Actor | null }) {
  assertCan(actor, "organization.view");
  const org = await db.organization.findUnique({
    where: { id: actor.organization.id },
    select: {
      id: true,
      name: true,
      kind: true,
      town: true,
      county: true,
      planningRegion: true,
      population: true,
      website: true,
      affiliations: true,
      users: {
        select: { role: true, user: { select: { id: true, name: true, email: true, title: true } } },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
  if (!org) throw new NotFoundError();
  return org;
}
