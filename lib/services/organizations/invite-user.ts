import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { env } from "@/lib/env";
import { ROLE_LABEL } from "@/lib/labels";
import type { InviteUserInput } from "./schemas";

/**
 * An organization's admin adds a person (creating the account when the email is new) with a role, and emails them.
 * Throws ForbiddenError without organization.users.manage, ConflictError when they already belong.
 */
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
