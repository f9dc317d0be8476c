import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { lockOrganization } from "@/lib/db/queries/locks";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { assertAnotherAdmin, membershipOf } from "./internal/people";
import type { ChangeRoleInput } from "./schemas";

/**
 * An organization's admin gives a person of the organization another role (no change when it is the same). The last
 * administrator cannot be demoted, checked under the organization's row lock. Throws ForbiddenError without
 * organization.users.manage, NotFoundError when the person does not belong, ConflictError for the last administrator.
 */
export async function changeUserRole({
  actor,
  input,
}: {
  actor: Actor | null;
  input: z.infer<typeof ChangeRoleInput>;
}) {
  assertCan(actor, "organization.users.manage");
  const organizationId = actor.organization.id;
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const link = await membershipOf(tx, organizationId, input.userId);
    if (link.role === input.role) return;
    if (link.role === "ADMIN") await assertAnotherAdmin(tx, organizationId, input.userId);
    await tx.organizationUser.update({ where: { id: link.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId,
      action: "organization.user_role_changed",
      entityType: "OrganizationUser",
      entityId: link.id,
      before: { role: link.role },
      after: { role: input.role, email: link.user.email },
    });
  });
}
