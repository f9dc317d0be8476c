// Who hears about an organization's membership: its administrators and purchasing officers.
import type { Tx } from "@/lib/db";
import type { EmailInput } from "@/lib/email/send";
import { queueToOrganization } from "@/lib/email/organization";
import { env } from "@/lib/env";

/** Queues `message(name)` in `tx` to the organization's administrators and purchasing officers; returns the ids. */
export async function queueOrganizationEmails(
  tx: Tx,
  organizationId: string,
  message: (name: string | null) => Omit<EmailInput, "to">,
) {
  return queueToOrganization(tx, organizationId, message, ["ADMIN", "PURCHASING"]);
}

export function portalLink(path: string) {
  return `${env.appUrl}${path}`;
}
