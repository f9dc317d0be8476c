// Outgoing email. Every message is stored (EmailMessage); with SMTP_URL it is delivered,
// otherwise it stays in the outbox, is logged, and demo mode shows it on /dev/mailbox.
import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";

export type EmailInput = { to: string; subject: string; text: string; html?: string };

let transport: nodemailer.Transporter | null = null;
function smtp() {
  if (!env.SMTP_URL) return null;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  return transport;
}

/** Records messages inside the caller's transaction; call deliverEmails after it commits. */
export async function queueEmails(tx: Tx, messages: EmailInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const m of messages) {
    const row = await tx.emailMessage.create({ data: { ...m, status: "QUEUED" }, select: { id: true } });
    ids.push(row.id);
  }
  return ids;
}

export async function deliverEmails(ids: string[]) {
  for (const id of ids) {
    const m = await db.emailMessage.findUnique({ where: { id } });
    if (!m || m.status !== "QUEUED") continue;
    const transporter = smtp();
    if (!transporter) {
      console.info(`[outbox] to=${m.to} subject="${m.subject}"\n${m.text}`);
      await db.emailMessage.update({ where: { id }, data: { status: "OUTBOX" } });
      continue;
    }
    try {
      await transporter.sendMail({ from: env.MAIL_FROM, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined });
      await db.emailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date() } });
    } catch (error) {
      console.error(`[email] delivery to ${m.to} failed`, error);
      await db.emailMessage.update({ where: { id }, data: { status: "FAILED", error: String(error) } });
    }
  }
}

export async function sendEmail(message: EmailInput) {
  const ids = await db.$transaction((tx) => queueEmails(tx, [message]));
  await deliverEmails(ids);
}
