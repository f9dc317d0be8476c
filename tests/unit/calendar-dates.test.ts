// Calendar dates (needed-by, contract terms, due dates) are days: one parser refuses days that do not exist, they are
// formatted with no time-zone conversion whatever zone the server runs in, and "today" is the cooperative's day.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { formatCalendarDate } from "@/lib/format";
import {
  calendarDateFromDb,
  calendarDateToDb,
  parseCalendarDate,
  parseUtcDateTime,
  todayInCooperative,
} from "@/lib/input/date";
import { newMemberDueAt, renewalDueAt } from "@/lib/services/fees/rules";
import { decideEligibility } from "@/lib/services/memberships/rules";
import { CreateRequestInput } from "@/lib/services/requests/schemas";
import { RecordOfflinePaymentInput } from "@/lib/services/payments/schemas";
import { impossibleDay } from "../factories/calendar-dates";

describe("one calendar-date parser", () => {
  it("refuses every day that does not exist", () => {
    fc.assert(
      fc.property(impossibleDay, (day) => {
        expect(parseCalendarDate(day)).toBeNull();
      }),
    );
    for (const bad of ["2026-13-45", "2026-02-29", "2100-02-29", "2026-04-31", "2026-7-1x", "July 1", "", "   "])
      expect(parseCalendarDate(bad)).toBeNull();
  });

  it("request, award and payment forms refuse them with a field message, never an Invalid Date", () => {
    fc.assert(
      fc.property(impossibleDay, (day) => {
        const request = CreateRequestInput.safeParse({
          contractId: "c1",
          idempotencyKey: "k".repeat(12),
          lines: [],
          neededBy: day,
        });
        expect(request.success).toBe(false);
        expect(request.error?.issues.map((i) => i.path.join("."))).toEqual(["neededBy"]);
        const payment = RecordOfflinePaymentInput.safeParse({
          membershipId: "m1",
          method: "CHECK",
          amount: "150.00",
          reference: "1001",
          receivedOn: day,
        });
        expect(payment.error?.issues.map((i) => i.path.join("."))).toEqual(["receivedOn"]);
      }),
    );
    const ok = CreateRequestInput.parse({
      contractId: "c1",
      idempotencyKey: "k".repeat(12),
      lines: [],
      neededBy: "2026-07-01",
    });
    expect(ok.neededBy).toBe("2026-07-01");
  });
});

describe("a date and time (a proposal deadline) reads its day with the same parser", () => {
  it("refuses a day that does not exist instead of rolling it into the next month", () => {
    fc.assert(
      fc.property(impossibleDay, (day) => {
        expect(parseUtcDateTime(`${day}T10:00`)).toBeNull();
      }),
    );
    expect(parseUtcDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseUtcDateTime("2026-09-30T24:00")).toBeNull();
    expect(parseUtcDateTime("2026-09-30T17:00")?.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(parseUtcDateTime("2099-01-01T12:00:30Z")?.toISOString()).toBe("2099-01-01T12:00:30.000Z");
  });
});

describe("calendar dates are formatted with no time-zone conversion", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  for (const tz of ["UTC", "America/Los_Angeles", "America/New_York", "Pacific/Kiritimati"]) {
    it(`Needed by 2026-07-01 reads "Jul 1, 2026" with the server in ${tz}`, () => {
      process.env.TZ = tz;
      expect(formatCalendarDate("2026-07-01")).toBe("Jul 1, 2026");
      // what a `@db.Date` column reads as
      expect(formatCalendarDate(calendarDateToDb("2026-07-01"))).toBe("Jul 1, 2026");
      expect(formatCalendarDate(new Date("2026-07-01T00:00:00Z"))).toBe("Jul 1, 2026");
      fc.assert(
        fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }), (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(parseCalendarDate(day)).toBe(day);
          expect(calendarDateFromDb(calendarDateToDb(day))).toBe(day);
          const [y, m, dd] = day.split("-").map(Number);
          expect(formatCalendarDate(day)).toContain(`${dd}, ${y}`);
          expect(formatCalendarDate(day).slice(0, 3)).toBe(
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1],
          );
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("today is the cooperative's day (America/New_York)", () => {
  it("turns at midnight in Connecticut, in daylight and standard time", () => {
    expect(todayInCooperative(new Date("2026-07-01T03:59:59Z"))).toBe("2026-06-30");
    expect(todayInCooperative(new Date("2026-07-01T04:00:00Z"))).toBe("2026-07-01");
    expect(todayInCooperative(new Date("2026-12-01T04:59:59Z"))).toBe("2026-11-30");
    expect(todayInCooperative(new Date("2026-12-01T05:00:00Z"))).toBe("2026-12-01");
    expect(todayInCooperative()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("due dates are calendar dates: July 1 for a renewal, 30 days after approval day for a new member", () => {
    expect(renewalDueAt(2027)).toEqual(calendarDateToDb("2026-07-01"));
    // approved 9 pm on June 30 in Connecticut (already July 1 in UTC): due July 30
    expect(calendarDateFromDb(newMemberDueAt(new Date("2026-07-01T01:00:00Z")))).toBe("2026-07-30");
  });

  it("a renewal stays usable through the last day of grace in Connecticut, and not the day after", () => {
    const m = {
      status: "PENDING_PAYMENT",
      feeDueCents: 150_00,
      isRenewal: true,
      dueAt: calendarDateToDb("2026-07-01"),
      graceEndsAt: calendarDateToDb("2026-07-31"),
    };
    // 11:30 pm on July 31 in Connecticut is August 1 in UTC: still the last day of grace
    expect(decideEligibility(m, 2027, new Date("2026-08-01T03:30:00Z")).eligible).toBe(true);
    expect(decideEligibility(m, 2027, new Date("2026-08-01T04:30:00Z")).eligible).toBe(false);
    const refused = decideEligibility({ ...m, isRenewal: false }, 2027, new Date("2026-07-02T12:00:00Z"));
    expect(refused.eligible || refused.reason).toBe("The FY2027 membership fee of $150.00 has not been paid.");
    const lapsed = decideEligibility({ ...m, status: "LAPSED" }, 2027, new Date("2026-08-02T12:00:00Z"));
    expect(lapsed.eligible || lapsed.reason).toContain("not paid by Jul 31, 2026");
  });
});
