import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { lockOrganization } from "@/lib/db/queries/locks";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { assertAnotherAdmin, membershipOf } from "./internal/people";
import type { RemoveUserInput } from "./schemas";

/**
 * An organization's admin takes a person out of the organization (their account stays) and ends their sessions acting
 * for it (or for no organization yet), so no cookie from before the removal acts for this organization again; their
 * sessions acting for another of their organizations go on (switching back here checks the membership afresh). The last administrator
 * cannot be removed, checked under the organization's row lock. Throws ForbiddenError without
 * organization.users.manage, NotFoundError when the person does not belong, ConflictError for the last administrator.
 */
export async function removeUser({ actor, input }: { actor: Actor | null; input: z.infer<typeof RemoveUserInput> }) {
  assertCan(actor, "organization.users.manage");
  const organizationId = actor.organization.id;
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const link = await membershipOf(tx, organizationId, input.userId);
    if (link.role === "ADMIN") await assertAnotherAdmin(tx, organizationId, input.userId);
    await tx.organizationUser.delete({ where: { id: link.id } });
    // otherwise an old cookie would act for this organization again the moment they were re-invited
    const ended = await tx.session.deleteMany({
      where: { userId: input.userId, OR: [{ activeOrganizationId: organizationId }, { activeOrganizationId: null }] },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId,
      action: "organization.user_removed",
      entityType: "OrganizationUser",
      entityId: link.id,
      before: { role: link.role, email: link.user.email },
      after: { sessionsEnded: ended.count },
    });
  });
}
