import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";

/** Makes the session act for another of the person's organizations. */
export async function switchOrganization({ actor, input }: VerbArgs<{ organizationId: string }>) {
  assertCan(actor, "dashboard.view");
  const target = actor.organizations.find((o) => o.id === input.organizationId);
  if (!target) throw new NotFoundError("You are not a member of that organization.");
  await db.$transaction(async (tx) => {
    await tx.session.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: target.id } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: target.id,
      action: "session.switch_organization",
      entityType: "Session",
      entityId: actor.sessionId,
      before: { organizationId: actor.organization.id },
      after: { organizationId: target.id },
    });
  });
  return target;
}
