// Outgoing email. Every message is stored (EmailMessage); with SMTP_URL it is delivered,
// otherwise it stays in the outbox, is logged, and demo mode shows it on /dev/mailbox.
// Secrets in links (sign-in tokens) never reach the log, and the stored copy loses them once the message has gone.
// A message still in the outbox keeps them: without SMTP it is the only copy anyone can receive (demo mode's
// mailbox, which starts only on a database of demo data: lib/db/queries/demo-data.ts).
import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { createId } from "@/lib/ids";

export type EmailInput = { to: string; subject: string; text: string; html?: string };

let transport: nodemailer.Transporter | null = null;
function smtp() {
  if (!env.SMTP_URL) return null;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  return transport;
}

/** Where a new message starts: QUEUED for SMTP delivery after the commit, or straight in the outbox without SMTP. */
export function initialEmailStatus(): "QUEUED" | "OUTBOX" {
  return env.SMTP_URL ? "QUEUED" : "OUTBOX";
}

/** The text with the value of every `token` parameter in its links replaced by "redacted". */
export function redactSecrets(text: string): string {
  return text.replace(/([?&](?:amp;)?token=)[^&\s"'<>]+/g, "$1redacted");
}

/** Without SMTP, the outbox is also written to the log, with secrets redacted. */
export function logOutbox(messages: EmailInput[]) {
  if (env.SMTP_URL) return;
  for (const m of messages) console.info(`[outbox] to=${m.to} subject="${m.subject}"\n${redactSecrets(m.text)}`);
}

/** The stored rows of messages created at `at`: what queueEmails writes, and what a single-statement insert writes. */
export function emailRows(messages: EmailInput[], at = new Date()) {
  const status = initialEmailStatus();
  return messages.map((m) => ({ ...m, id: createId(), html: m.html ?? null, status, createdAt: at }));
}
export type EmailRow = ReturnType<typeof emailRows>[number];

/** Records messages inside the caller's transaction and returns their ids; call deliverEmails after it commits. */
export async function queueEmails(tx: Tx, messages: EmailInput[]): Promise<string[]> {
  if (!messages.length) return [];
  const rows = emailRows(messages);
  await tx.emailMessage.createMany({ data: rows });
  logOutbox(messages);
  return rows.map((r) => r.id);
}

function redacted(m: { text: string; html: string | null }) {
  return { text: redactSecrets(m.text), html: m.html === null ? null : redactSecrets(m.html) };
}

/** Starts delivering queued messages without waiting: an answer that must not reveal who got mail uses this. */
export function deliverEmailsSoon(ids: string[]): void {
  deliverEmails(ids).catch((error: unknown) => console.error("[email] delivery failed", error));
}

/** Sends queued messages by SMTP; without SMTP they are already in the outbox. */
export async function deliverEmails(ids: string[]) {
  const transporter = smtp();
  if (!ids.length || !transporter) return;
  const messages = await db.emailMessage.findMany({
    where: { id: { in: ids }, status: "QUEUED" },
    orderBy: { createdAt: "asc" },
  });
  for (const m of messages) {
    try {
      await transporter.sendMail({
        from: env.MAIL_FROM,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html ?? undefined,
      });
      await db.emailMessage.update({
        where: { id: m.id },
        data: { status: "SENT", sentAt: new Date(), ...redacted(m) },
      });
    } catch (error) {
      console.error(`[email] delivery to ${m.to} failed`, error);
      await db.emailMessage.update({
        where: { id: m.id },
        data: { status: "FAILED", error: String(error), ...redacted(m) },
      });
    }
  }
}
