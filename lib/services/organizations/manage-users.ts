// An organization's admin invites people with a role, changes roles and removes people.
// The last administrator can be neither demoted nor removed, checked under a row lock.
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { lockOrganization } from "@/lib/db/queries/locks";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { env } from "@/lib/env";
import { OrgRole } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/labels";

export const InviteUserInput = z.object({
  email: z.email("Enter the person's work email address.").max(254),
  name: z.string().trim().min(2, "Enter the person's name.").max(120),
  role: z.enum(OrgRole, "Choose a role."),
});
export const ChangeRoleInput = z.object({ userId: z.string().min(1).max(64), role: z.enum(OrgRole, "Choose a role.") });
export const RemoveUserInput = z.object({ userId: z.string().min(1).max(64) });

async function membershipOf(tx: Tx, organizationId: string, userId: string) {
  const link = await tx.organizationUser.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    include: { user: { select: { email: true } } },
  });
  if (!link) throw new NotFoundError();
  return link;
}

async function assertAnotherAdmin(tx: Tx, organizationId: string, userId: string) {
  const others = await tx.organizationUser.count({ where: { organizationId, role: "ADMIN", userId: { not: userId } } });
  if (others === 0)
    throw new ConflictError(
      "An organization needs at least one administrator. Make someone else an administrator first.",
    );
}

export async function inviteUser({ actor, input }: { actor: Actor | null; input: z.infer<typeof InviteUserInput> }) {
  assertCan(actor, "organization.users.manage");
  const organizationId = actor.organization.id;
  const email = input.email.toLowerCase();
  const emailIds = await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email }, create: { email, name: input.name }, update: {} });
    const existing = await tx.organizationUser.findUnique({
      where: { organizationId_userId: { organizationId, userId: user.id } },
    });
    if (existing) throw new ConflictError(`${email} already belongs to ${actor.organization.name}.`);
    const link = await tx.organizationUser.create({ data: { organizationId, userId: user.id, role: input.role } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId,
      action: "organization.user_invited",
      entityType: "OrganizationUser",
      entityId: link.id,
      after: { email, role: input.role },
    });
    return queueEmails(tx, [
      {
        to: email,
        subject: `You have been added to ${actor.organization.name} on the cooperative portal`,
        text: [
          `Hello ${input.name},`,
          "",
          `${actor.name ?? actor.email} added you to ${actor.organization.name} in the CRCOG IT Services Cooperative portal as ${ROLE_LABEL[input.role].toLowerCase()}.`,
          `Sign in with this email address: ${env.appUrl}/sign-in`,
        ].join("\n"),
      },
    ]);
  });
  await deliverEmails(emailIds);
}

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

export async function removeUser({ actor, input }: { actor: Actor | null; input: z.infer<typeof RemoveUserInput> }) {
  assertCan(actor, "organization.users.manage");
  const organizationId = actor.organization.id;
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const link = await membershipOf(tx, organizationId, input.userId);
    if (link.role === "ADMIN") await assertAnotherAdmin(tx, organizationId, input.userId);
    await tx.organizationUser.delete({ where: { id: link.id } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId,
      action: "organization.user_removed",
      entityType: "OrganizationUser",
      entityId: link.id,
      before: { role: link.role, email: link.user.email },
    });
  });
}
