// The daily membership job (npm run memberships:renew, suitable for cron). Idempotent: it
// creates next year's memberships once, sends each reminder once, and lapses unpaid ones.
import { db, type Tx } from "@/lib/db";
import { type AuditInput, recordAudit } from "@/lib/audit";
import { lockMembership } from "@/lib/db/queries/locks";
import { deliverEmails } from "@/lib/email/send";
import { formatCalendarDate, formatCents } from "@/lib/format";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";
import { addDays, MEMBER_KINDS, renewalDueAt } from "@/lib/services/fees/rules";
import { createMembership } from "./internal/create-membership";
import { portalLink, queueOrganizationEmails } from "./internal/notify";
import { renewalYears } from "./rules";

export type RenewalSummary = { renewed: number; reminders: number; lapsed: number; skippedYears: number[] };

const REMINDERS = [
  { kind: "due-in-30-days", from: -30, to: 0, subject: "due in 30 days" },
  { kind: "due-in-7-days", from: -7, to: 0, subject: "due in a week" },
] as const;

/**
 * The daily run at `now`: renews member organizations into each open fiscal year that has a fee schedule (years
 * without one are returned in skippedYears), sends the most urgent due reminder once, and lapses memberships unpaid
 * past their grace period. Each organization's change is its own audited transaction; emails go after it commits.
 */
// eslint-disable-next-line portal/assert-can-first -- scheduled job (cron): no signed-in actor
export async function runMembershipRenewal({ now = new Date() }: { now?: Date } = {}): Promise<RenewalSummary> {
  const summary: RenewalSummary = { renewed: 0, reminders: 0, lapsed: 0, skippedYears: [] };
  for (const fiscalYear of renewalYears(now)) {
    if (!(await db.feeSchedule.findUnique({ where: { fiscalYear }, select: { id: true } }))) {
      summary.skippedYears.push(fiscalYear);
      continue;
    }
    summary.renewed += await renewInto(fiscalYear);
  }
  summary.reminders += await sendReminders(now);
  summary.lapsed += await lapseOverdue(now);
  return summary;
}

async function renewInto(fiscalYear: number): Promise<number> {
  const due = await db.organization.findMany({
    where: {
      kind: { in: [...MEMBER_KINDS] },
      memberships: { some: { fiscalYear: fiscalYear - 1, status: { not: "CANCELLED" } }, none: { fiscalYear } },
    },
    select: { id: true, kind: true, affiliations: true },
  });
  return eachInOwnTransaction(due, async (tx, organization) => {
    const exists = await tx.membership.findUnique({
      where: { organizationId_fiscalYear: { organizationId: organization.id, fiscalYear } },
    });
    if (exists) return null;
    const m = await createMembership(tx, {
      organization,
      fiscalYear,
      dueAt: renewalDueAt(fiscalYear),
      isRenewal: true,
    });
    await auditMembership(tx, m, "membership.renewed", {
      after: { fiscalYear, status: m.status, feeDueCents: m.feeDueCents, feeBasis: m.feeBasis },
    });
    return queueOrganizationEmails(tx, organization.id, (name) => ({
      subject: `Your FY${fiscalYear} cooperative membership`,
      text: [
        `Hello${name ? ` ${name}` : ""},`,
        "",
        m.feeDueCents === 0
          ? `Your membership renews for FY${fiscalYear} at no cost, thanks to your ${m.feeBasis.join(", ")} affiliation.`
          : `Your membership renews for FY${fiscalYear}. The annual fee of ${formatCents(m.feeDueCents)} is due by ${formatCalendarDate(m.dueAt)}.`,
        `Details: ${portalLink("/membership")}`,
      ].join("\n"),
    }));
  });
}

async function sendReminders(now: Date): Promise<number> {
  // due dates are calendar dates: count whole days from today in Connecticut
  const today = calendarDateToDb(todayInCooperative(now));
  const unpaid = await db.membership.findMany({
    where: {
      status: { in: ["PENDING_PAYMENT"] },
      feeDueCents: { gt: 0 },
      dueAt: { lte: addDays(today, 30) },
      graceEndsAt: { gte: today },
    },
    select: { id: true, organizationId: true, fiscalYear: true, feeDueCents: true, dueAt: true, graceEndsAt: true },
  });
  const due = unpaid.flatMap((m) => {
    const days = (today.getTime() - m.dueAt.getTime()) / 86_400_000;
    const kinds: { kind: string; subject: string }[] = REMINDERS.filter((r) => days >= r.from && days < r.to).map(
      (r) => ({ kind: r.kind, subject: r.subject }),
    );
    if (days >= 0) kinds.push({ kind: "overdue", subject: "overdue" });
    // only the most urgent reminder that applies: a job that missed a day does not send two at once
    const reminder = kinds.at(-1);
    return reminder ? [{ m, days, reminder }] : [];
  });
  return eachInOwnTransaction(due, async (tx, { m, days, reminder }) => {
    const inserted = await tx.membershipReminder.createMany({
      data: [{ membershipId: m.id, kind: reminder.kind }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return null;
    await auditMembership(tx, m, "membership.reminder_sent", { after: { kind: reminder.kind } });
    return queueOrganizationEmails(tx, m.organizationId, (name) => ({
      subject: `Reminder: your FY${m.fiscalYear} membership fee is ${reminder.subject}`,
      text: [
        `Hello${name ? ` ${name}` : ""},`,
        "",
        `Your FY${m.fiscalYear} cooperative membership fee of ${formatCents(m.feeDueCents)} ${days >= 0 ? "was" : "is"} due ${formatCalendarDate(m.dueAt)}.`,
        `Unless it is paid by ${formatCalendarDate(m.graceEndsAt)}, the membership lapses and purchase requests stop until it is paid.`,
        `Pay online or see how to pay by check, ACH or purchase order: ${portalLink("/membership")}`,
      ].join("\n"),
    }));
  });
}

async function lapseOverdue(now: Date): Promise<number> {
  // lapses the day after the last day of grace, in Connecticut
  const today = calendarDateToDb(todayInCooperative(now));
  const overdue = await db.membership.findMany({
    where: { status: "PENDING_PAYMENT", graceEndsAt: { lt: today } },
    select: { id: true },
  });
  return eachInOwnTransaction(overdue, async (tx, { id }) => {
    await lockMembership(tx, id);
    const changed = await tx.membership.updateMany({
      where: { id, status: "PENDING_PAYMENT", graceEndsAt: { lt: today } },
      data: { status: "LAPSED" },
    });
    if (changed.count === 0) return null;
    const m = await tx.membership.findUniqueOrThrow({ where: { id } });
    await auditMembership(tx, m, "membership.lapsed", {
      before: { status: "PENDING_PAYMENT" },
      after: { status: "LAPSED" },
    });
    return queueOrganizationEmails(tx, m.organizationId, (name) => ({
      subject: `Your FY${m.fiscalYear} cooperative membership has lapsed`,
      text: [
        `Hello${name ? ` ${name}` : ""},`,
        "",
        `The FY${m.fiscalYear} fee of ${formatCents(m.feeDueCents)} was not paid by ${formatCalendarDate(m.graceEndsAt)}. You can still browse contracts, but purchase requests are paused.`,
        `Paying the fee reactivates the membership at once: ${portalLink("/membership")}`,
      ].join("\n"),
    }));
  });
}

/**
 * Runs `step` for each item in a transaction of its own. A step that returns queued email ids counts as done and
 * its emails are delivered after it commits; one that returns null changed nothing. Returns how many were done.
 */
async function eachInOwnTransaction<T>(items: T[], step: (tx: Tx, item: T) => Promise<string[] | null>) {
  let done = 0;
  for (const item of items) {
    const emailIds = await db.$transaction((tx) => step(tx, item));
    if (emailIds) {
      done++;
      await deliverEmails(emailIds);
    }
  }
  return done;
}

/** Records the job's (actor-less) `action` on membership `m` in `tx`. */
function auditMembership(
  tx: Tx,
  m: { id: string; organizationId: string },
  action: string,
  change: Pick<AuditInput, "before" | "after">,
) {
  return recordAudit(tx, {
    actorUserId: null,
    organizationId: m.organizationId,
    action,
    entityType: "Membership",
    entityId: m.id,
    ...change,
  });
}
