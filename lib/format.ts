// Display formatting and Connecticut fiscal-year logic, all in America/New_York.
export const TIME_ZONE = "America/New_York";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export function formatCents(cents: number): string {
  return usd.format(cents / 100);
}

// Formatters are built once: constructing an Intl.DateTimeFormat with a time zone costs far more than formatting.
const mediumDate = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, dateStyle: "medium" });
const mediumDateTime = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  dateStyle: "medium",
  timeStyle: "short",
});
const yearMonth = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, year: "numeric", month: "numeric" });

/** An instant's day in Connecticut, e.g. "Jul 1, 2026". For a calendar date (a column `@db.Date`) use formatCalendarDate. */
export function formatDate(date: Date): string {
  return mediumDate.format(date);
}

// A calendar date is read as midnight UTC of its day, so it is formatted in UTC: no time-zone conversion moves it.
const calendarDay = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "medium" });

/**
 * A calendar date (needed-by, a contract's term, a due date) as "Jul 1, 2026", with no time-zone conversion:
 * `day` is "YYYY-MM-DD" or the Date a `@db.Date` column reads as (midnight UTC of that day).
 */
export function formatCalendarDate(day: Date | string): string {
  return calendarDay.format(typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day);
}

export function formatDateTime(date: Date): string {
  return mediumDateTime.format(date);
}

function partsInNewYork(date: Date) {
  const parts = yearMonth.formatToParts(date);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get("year"), month: get("month") };
}

/** Connecticut's fiscal year runs July 1 to June 30 and is named for the year it ends: FY2027 = Jul 2026 – Jun 2027. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = partsInNewYork(date);
  return month >= 7 ? year + 1 : year;
}

export function fiscalYearLabel(fy: number): string {
  return `FY${fy} (July 1, ${fy - 1} – June 30, ${fy})`;
}

/** The instant a fiscal year starts: July 1, midnight in Connecticut (04:00 UTC, daylight time). */
export function fiscalYearStart(fy: number): Date {
  return new Date(Date.UTC(fy - 1, 6, 1, 4));
}
