// The fee rule (DESIGN.md): any verified sponsor affiliation means no fee; otherwise the
// schedule's amount for the entity's kind, else its independent default. Pure, so it is
// property-tested on its own (tests/unit/fee-rule.test.ts).
import type { Affiliation, OrgKind } from "@/lib/generated/prisma/enums";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";

export type FeeScheduleAmounts = {
  independentFeeCents: number;
  municipalityFeeCents: number | null;
  boardOfEducationFeeCents: number | null;
  libraryFeeCents: number | null;
  otherPublicFeeCents: number | null;
};

export const MEMBER_KINDS = [
  "MUNICIPALITY",
  "BOARD_OF_EDUCATION",
  "LIBRARY",
  "OTHER_PUBLIC",
] as const satisfies readonly OrgKind[];
type MemberKind = (typeof MEMBER_KINDS)[number];

function isMemberKind(kind: OrgKind): kind is MemberKind {
  return (MEMBER_KINDS as readonly OrgKind[]).includes(kind);
}

const KIND_FIELD: Record<MemberKind, keyof FeeScheduleAmounts> = {
  MUNICIPALITY: "municipalityFeeCents",
  BOARD_OF_EDUCATION: "boardOfEducationFeeCents",
  LIBRARY: "libraryFeeCents",
  OTHER_PUBLIC: "otherPublicFeeCents",
};

export function feeDueCents(
  schedule: FeeScheduleAmounts | null,
  kind: OrgKind,
  affiliations: readonly Affiliation[],
): number {
  if (affiliations.length > 0) return 0;
  if (!isMemberKind(kind)) throw new Error(`${kind} organizations are not members and owe no fee`);
  if (!schedule) throw new Error("an independent entity's fee needs that year's fee schedule");
  return schedule[KIND_FIELD[kind]] ?? schedule.independentFeeCents;
}

const DAY = 24 * 3600 * 1000;
/** A newly approved member has this long to pay; a renewal is due when its fiscal year starts. */
const NEW_MEMBER_DUE_DAYS = 30;
/** Next year's memberships are created this many days before the fiscal year starts. */
export const RENEWAL_LEAD_DAYS = 60;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** A new member's due date (a calendar date, as a `@db.Date` column holds it): 30 days after the day it was approved in Connecticut. */
export function newMemberDueAt(approvedAt: Date): Date {
  return addDays(calendarDateToDb(todayInCooperative(approvedAt)), NEW_MEMBER_DUE_DAYS);
}

/** A renewal's due date (a calendar date, as a `@db.Date` column holds it): July 1, the first day of its fiscal year. */
export function renewalDueAt(fiscalYear: number): Date {
  return calendarDateToDb(`${fiscalYear - 1}-07-01`);
}
