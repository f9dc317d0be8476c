// Calendar dates (a request's needed-by day, a contract's term, a due date) are days, not instants.
// They are typed and stored as "YYYY-MM-DD" (PostgreSQL `date`) and never pass through a time zone.
import { TIME_ZONE } from "@/lib/format";
import { optionalField, requiredField, type FieldParser } from "./field";

export type CalendarDate = string; // "YYYY-MM-DD", a day that exists in the Gregorian calendar

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a typed day: "2026-07-01" (what a date input sends) or "7/1/2026" (what Excel and people write in
 * the United States). Returns the "YYYY-MM-DD" form, or null when the text is not a day that exists
 * ("2026-13-45", "2026-02-30", "2026-02-29" are null). Years 1900 to 2999 only.
 */
export function parseCalendarDate(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = ISO_DAY.exec(value);
  const us = iso ? null : US_DAY.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The `Date` Prisma writes to a `@db.Date` column for a calendar date: midnight UTC of that day. */
export function calendarDateToDb(day: CalendarDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The calendar date a `@db.Date` column holds (Prisma reads it as midnight UTC). */
export function calendarDateFromDb(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

// Built once: constructing an Intl.DateTimeFormat with a time zone costs far more than formatting.
const cooperativeDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date ("YYYY-MM-DD") it is at `at` (default: now) in the cooperative's time zone
 * (America/New_York), whatever the server's own zone. Compare calendar dates with it as strings: a term is
 * over when `calendarDateFromDb(termEnd) < todayInCooperative()`; for a query on a `@db.Date` column, pass
 * `calendarDateToDb(todayInCooperative())`. With `at`, it is the day an instant fell on in Connecticut.
 */
export function todayInCooperative(at: Date = new Date()): CalendarDate {
  const parts = cooperativeDay.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const MESSAGE = "Enter a date that exists, such as 2026-09-30.";
const FORM_MESSAGE = "Enter a date as 2026-09-30 or 9/30/2026, without a time.";

/** Why a typed day was refused: blank, not written as a day (a time, a month name), or a day that does not exist. */
function refusal(text: string): string {
  const value = text.trim();
  if (!value) return "Enter a date.";
  return ISO_DAY.test(value) || US_DAY.test(value) ? MESSAGE : FORM_MESSAGE;
}

const readDay: FieldParser<CalendarDate> = (v, refuse) => parseCalendarDate(v) ?? refuse(refusal(v));

/** A zod field for an optional typed day: empty is `undefined`; a day that does not exist is refused. */
export const optionalCalendarDateField = optionalField(readDay, undefined);

/** A zod field for a required typed day. */
export const calendarDateField = requiredField(readDay, "Enter a date.");

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?$/;

/**
 * Reads a typed date and time in UTC: "2026-09-30T17:00" (what a datetime-local input sends), optionally with
 * seconds and a trailing "Z". Returns the instant, or null when the day does not exist (its date part goes through
 * parseCalendarDate: "2026-02-30T10:00" is null, not March 2) or the time is not 00:00 to 23:59:59.
 */
export function parseUtcDateTime(text: string): Date | null {
  const m = DATE_TIME.exec(text.trim());
  const day = m && parseCalendarDate(m[1]);
  if (!m || !day) return null;
  const [hours, minutes, seconds] = [m[2], m[3], m[4] ?? "0"].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date, hours, minutes, seconds));
}

const readDateTime: FieldParser<Date> = (v, refuse) =>
  parseUtcDateTime(v) ?? refuse("Enter a date and time that exist, such as 2026-09-30 17:00.");

/** A zod field for an optional date and time in UTC (an instant): empty is `undefined`. */
export const optionalUtcDateTimeField = optionalField(readDateTime, undefined);
