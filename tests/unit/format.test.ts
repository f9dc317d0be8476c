import { describe, expect, it } from "vitest";
import { fiscalYearOf, formatCents } from "@/lib/format";

describe("money and fiscal years", () => {
  it("formats integer cents as dollars", () => {
    expect(formatCents(123456)).toBe("$1,234.56");
    expect(formatCents(0)).toBe("$0.00");
  });

  it("names Connecticut's fiscal year for the June it ends in, in Eastern time", () => {
    expect(fiscalYearOf(new Date("2026-06-30T12:00:00Z"))).toBe(2026);
    expect(fiscalYearOf(new Date("2026-07-01T12:00:00Z"))).toBe(2027);
    // 02:00 UTC on July 1 is still June 30 in Hartford
    expect(fiscalYearOf(new Date("2026-07-01T02:00:00Z"))).toBe(2026);
    expect(fiscalYearOf(new Date("2027-01-15T12:00:00Z"))).toBe(2027);
  });
});
