// Who hears about an organization's membership: its administrators and purchasing officers.
import type { Tx } from "@/lib/db";
import { queueEmails, type EmailInput } from "@/lib/email/send";
import { env } from "@/lib/env";

export async function queueOrganizationEmails(
  tx: Tx,
  organizationId: string,
  message: (name: string | null) => Omit<EmailInput, "to">,
) {
  const people = await tx.organizationUser.findMany({
    where: { organizationId, role: { in: ["ADMIN", "PURCHASING"] } },
    select: { user: { select: { email: true, name: true } } },
  });
  return queueEmails(
    tx,
    people.map(({ user }) => ({ to: user.email, ...message(user.name) })),
  );
}

export function portalLink(path: string) {
  return `${env.appUrl}${path}`;
}
