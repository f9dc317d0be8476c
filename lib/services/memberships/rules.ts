// Pure membership rules: how names compare, what a payment shows, which fiscal years the renewal job renews into,
// whether an organization may request purchases, and whether a fee is overdue.
import { fiscalYearOf, fiscalYearStart, formatCalendarDate, formatCents } from "@/lib/format";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, todayInCooperative, type CalendarDate } from "@/lib/input/date";
import { addDays, RENEWAL_LEAD_DAYS } from "@/lib/services/fees/rules";

/** Lower case, "&" as "and", punctuation and a leading "the" dropped: the form duplicates are compared in. */
export function normalizeEntityName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

export const paymentSelect = {
  id: true,
  receiptNumber: true,
  amountCents: true,
  method: true,
  status: true,
  reference: true,
  receivedAt: true,
  createdAt: true,
  stripeCheckoutSessionId: true,
  checkoutUrl: true,
} as const;

/** Fiscal years to renew into on `now`: the current one, and the next once its lead window opens. */
export function renewalYears(now: Date): number[] {
  const current = fiscalYearOf(now);
  const next = current + 1;
  return addDays(fiscalYearStart(next), -RENEWAL_LEAD_DAYS).getTime() <= now.getTime() ? [current, next] : [current];
}

// Purchase eligibility (DESIGN.md "Fee rule"): pure, so it is easy to test on its own.
export type PurchaseEligibility = { eligible: true } | { eligible: false; reason: string; action: string };

const PAY_ACTION =
  "An administrator or purchasing officer can pay online from the Membership page, or pay by check, ACH or purchase order; cooperative staff record offline payments.";

/** The whole rule from its facts: the organization's kind and its membership for the fiscal year of `at`. */
export function decidePurchaseEligibility(
  kind: OrgKind | null,
  m: MembershipFacts,
  fiscalYear: number,
  at: Date,
): PurchaseEligibility {
  if (!kind)
    return {
      eligible: false,
      reason: "This organization does not exist.",
      action: "Sign in again and choose your organization.",
    };
  if (kind === "VENDOR" || kind === "COOPERATIVE") {
    return {
      eligible: false,
      reason:
        "Only member organizations (towns, boards of education, libraries and other public entities) request purchases.",
      action: "Sign in for a member organization to request a purchase.",
    };
  }
  return decideEligibility(m, fiscalYear, at);
}

export type MembershipFacts = {
  status: string;
  feeDueCents: number;
  isRenewal: boolean;
  /** Calendar dates, as a `@db.Date` column reads (midnight UTC of the day). */
  dueAt: Date;
  graceEndsAt: Date;
} | null;

/** The rule itself, pure, so it is easy to test on its own. */
export function decideEligibility(m: MembershipFacts, fiscalYear: number, at: Date): PurchaseEligibility {
  if (!m) {
    return {
      eligible: false,
      reason: `Your organization has no membership for FY${fiscalYear}.`,
      action: "Apply to join (or ask cooperative staff to renew your membership) from the Membership page.",
    };
  }
  if (m.status === "ACTIVE") return { eligible: true };
  const fee = formatCents(m.feeDueCents);
  if (m.status === "PENDING_PAYMENT") {
    // A renewing member keeps working until its grace period ends; a new member pays first.
    // through the last day of grace, in Connecticut
    if (m.isRenewal && todayInCooperative(at) <= calendarDateFromDb(m.graceEndsAt)) return { eligible: true };
    return {
      eligible: false,
      reason: `The FY${fiscalYear} membership fee of ${fee} has not been paid${m.isRenewal ? ` (it was due ${formatCalendarDate(m.dueAt)})` : ""}.`,
      action: PAY_ACTION,
    };
  }
  if (m.status === "LAPSED") {
    return {
      eligible: false,
      reason: `Your FY${fiscalYear} membership lapsed: the fee of ${fee} was not paid by ${formatCalendarDate(m.graceEndsAt)}.`,
      action: `Paying the fee reactivates it. ${PAY_ACTION}`,
    };
  }
  return {
    eligible: false,
    reason: `Your FY${fiscalYear} membership was cancelled.`,
    action: "Contact cooperative staff to reinstate it.",
  };
}

/** What the overdue rule reads of a membership: `dueAt` is its due day (a `@db.Date`, read as midnight UTC). */
export type FeeFacts = { status: string; feeDueCents: number; paidAt: Date | null; dueAt: Date };

/**
 * The day ("YYYY-MM-DD") a membership's fee has been overdue since, or null: a fee is overdue once its due day is
 * before `today` (the cooperative's calendar day, America/New_York) while it is unpaid and the membership is
 * pending payment or lapsed. A fee due today is not overdue yet; a fee of $0, a paid or cancelled one never is.
 */
export function overdueSince(m: FeeFacts, today: CalendarDate = todayInCooperative()): CalendarDate | null {
  if (m.feeDueCents <= 0 || m.paidAt || (m.status !== "PENDING_PAYMENT" && m.status !== "LAPSED")) return null;
  const due = calendarDateFromDb(m.dueAt);
  return due < today ? due : null;
}
