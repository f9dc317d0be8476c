// Who hears about a request, and what they read. Emails are queued in the caller's transaction.
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { queueEmails, type EmailInput } from "@/lib/email/send";
import { organizationPeople } from "@/lib/email/organization";
import { requestNumberLabel } from "@/lib/labels";
import type { OrgRole } from "@/lib/generated/prisma/enums";

export type Audience = "town" | "approvers" | "vendor" | "staff";

type RequestForMail = {
  id: string;
  number: number;
  organizationId: string;
  vendorOrganizationId: string;
  createdById: string | null;
  contract: { number: string; title: string };
  organization: { name: string };
};

/** The town's people concerned: the buyer and whoever approved it. */
async function townEmails(tx: Tx, r: RequestForMail): Promise<string[]> {
  const approvals = await tx.purchaseRequestApproval.findMany({ where: { requestId: r.id }, select: { userId: true } });
  const ids = [r.createdById, ...approvals.map((a) => a.userId)].filter((x): x is string => Boolean(x));
  if (!ids.length) return [];
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { email: true } });
  return users.map((u) => u.email);
}

async function orgEmails(tx: Tx, organizationId: string, roles?: OrgRole[]): Promise<string[]> {
  return (await organizationPeople(tx, organizationId, roles)).map((p) => p.email);
}

/** Cooperative staff who joined the thread. */
async function staffEmails(tx: Tx, r: RequestForMail): Promise<string[]> {
  const rows = await tx.purchaseRequestMessage.findMany({
    where: { requestId: r.id, authorOrganization: { kind: "COOPERATIVE" } },
    select: { author: { select: { email: true } } },
    distinct: ["authorUserId"],
  });
  return rows.flatMap((m) => (m.author ? [m.author.email] : []));
}

export async function recipients(
  tx: Tx,
  r: RequestForMail,
  audiences: Audience[],
  opts: { approverRoles?: OrgRole[]; exclude?: string } = {},
): Promise<string[]> {
  const out = new Set<string>();
  for (const a of audiences) {
    const emails =
      a === "town"
        ? await townEmails(tx, r)
        : a === "vendor"
          ? await orgEmails(tx, r.vendorOrganizationId)
          : a === "approvers"
            ? await orgEmails(tx, r.organizationId, opts.approverRoles ?? [])
            : await staffEmails(tx, r);
    for (const e of emails) out.add(e);
  }
  if (opts.exclude) out.delete(opts.exclude);
  return [...out];
}

/** One email per person: subject names the request, the body says what happened and links to it. */
export async function notify(
  tx: Tx,
  r: RequestForMail,
  to: string[],
  headline: string,
  body: string,
): Promise<string[]> {
  const messages = composeEmails(r, to, headline, body);
  return messages.length ? queueEmails(tx, messages) : [];
}

export function composeEmails(
  r: Pick<RequestForMail, "id" | "number" | "contract" | "organization">,
  to: string[],
  headline: string,
  body: string,
): EmailInput[] {
  const label = requestNumberLabel(r.number);
  const link = `${env.appUrl}/requests/${r.id}`;
  return to.map((address) => ({
    to: address,
    subject: `${label} ${headline}`,
    text: `${label}: ${r.organization.name}, contract ${r.contract.number} (${r.contract.title}).\n\n${body}\n\nOpen the request: ${link}\n`,
  }));
}

export const MAIL_SELECT = {
  id: true,
  number: true,
  organizationId: true,
  vendorOrganizationId: true,
  createdById: true,
  contract: { select: { number: true, title: true } },
  organization: { select: { name: true } },
} as const;
