// Email to an organization: its people, or those of its people who hold some roles.
import type { Tx } from "@/lib/db";
import type { OrgRole } from "@/lib/generated/prisma/enums";
import { queueEmails, type EmailInput } from "./send";

/** The email address and name of each person of the organization (only those holding one of `roles`, when given). */
export async function organizationPeople(tx: Tx, organizationId: string, roles?: OrgRole[]) {
  const rows = await tx.organizationUser.findMany({
    where: { organizationId, ...(roles ? { role: { in: roles } } : {}) },
    select: { user: { select: { email: true, name: true } } },
  });
  return rows.map((r) => r.user);
}

/**
 * Queues in `tx` one message to each person of the organization (only those holding one of `roles`, when given),
 * written by `message(name)`; returns the queued ids for deliverEmails once `tx` commits.
 */
export async function queueToOrganization(
  tx: Tx,
  organizationId: string,
  message: (name: string | null) => Omit<EmailInput, "to">,
  roles?: OrgRole[],
) {
  const people = await organizationPeople(tx, organizationId, roles);
  return queueEmails(
    tx,
    people.map((p) => ({ to: p.email, ...message(p.name) })),
  );
}
