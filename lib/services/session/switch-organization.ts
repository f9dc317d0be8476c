import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { actingFor, pageAfterSwitch } from "./rules";

/**
 * Makes the session act for another of the person's organizations (NotFoundError for one they do not belong to).
 * Returns that organization and the page to show next: `returnTo` (the page they were on) when the new organization
 * may open it, else "/dashboard".
 */
export async function switchOrganization({ actor, input }: VerbArgs<{ organizationId: string; returnTo?: string }>) {
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
  return { organization: target, page: pageAfterSwitch(input.returnTo, actor, actingFor(actor, target)) };
}
