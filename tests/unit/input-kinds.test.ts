import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateFromDb, calendarDateToDb, optionalCalendarDateField, parseCalendarDate } from "@/lib/input/date";
import { parseMoney } from "@/lib/input/money";
import { cleanText, searchText, textField } from "@/lib/input/text";

describe("text", () => {
  it("never lets a control character, NUL or lone surrogate through, and is NFC", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.boolean(), (s, multiline) => {
        const out = cleanText(s, { multiline });
        expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        if (!multiline) expect(out).not.toMatch(/[\n\t]/);
        expect(out).toBe(out.normalize("NFC"));
        expect(() => new TextEncoder().encode(out)).not.toThrow();
      }),
    );
  });

  it("keeps what people type", () => {
    expect(cleanText("  Wi-Fi\u0000 6 access point ")).toBe("Wi-Fi 6 access point");
    expect(cleanText("Nin\u0303os")).toBe("Niños");
    expect(cleanText("line one\r\nline two", { multiline: true })).toBe("line one\nline two");
    expect(cleanText("👩\u200D💻 ok")).toBe("👩\u200D💻 ok"); // a zero width joiner makes one emoji
  });

  it("drops invisible characters that change how text reads: bidi overrides, zero width spaces, byte-order marks", () => {
    // a right-to-left override would show "rtl bom nel" as "len mob ltr" on the request and print pages
    expect(cleanText("notes \u202Ertl bom nel\u202C")).toBe("notes rtl bom nel");
    expect(cleanText("\uFEFFTown of Bolton\u200B")).toBe("Town of Bolton");
    expect(cleanText("a\u2066b\u2069c\u2060d")).toBe("abcd");
  });

  it("refuses text over the limit with a message instead of cutting it", () => {
    const field = textField({ max: 5, label: "PO number" });
    expect(field.safeParse("12345").success).toBe(true);
    const r = field.safeParse("123456");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("PO number: at most 5 characters.");
  });

  it("cuts a search box's text visibly", () => {
    expect(searchText("x".repeat(208), 200)).toEqual({ text: "x".repeat(200), cut: true });
    expect(searchText(["wifi", "other"], 200)).toEqual({ text: "wifi", cut: false });
    expect(searchText("\u0000", 200)).toEqual({ text: "", cut: false });
  });
});

describe("calendar dates", () => {
  it("says what to type: a day that does not exist, or text that is not written as a day", () => {
    const message = (v: string) => optionalCalendarDateField.safeParse(v).error?.issues[0].message;
    expect(message("2026-13-45")).toBe("Enter a date that exists, such as 2026-09-30.");
    expect(message("2/30/2026")).toBe("Enter a date that exists, such as 2026-09-30.");
    expect(message("2026-07-01T00:00:00Z")).toBe("Enter a date as 2026-09-30 or 9/30/2026, without a time.");
    expect(message("July 1")).toBe("Enter a date as 2026-09-30 or 9/30/2026, without a time.");
    expect(message("2026-07-01")).toBeUndefined();
  });

  it("accepts every day that exists and keeps it the same day through the database", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(parseCalendarDate(day)).toBe(day);
          expect(calendarDateFromDb(calendarDateToDb(day))).toBe(day);
        },
      ),
    );
  });

  it("refuses days that do not exist", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 13, max: 99 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(parseCalendarDate(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)).toBeNull();
        },
      ),
    );
    for (const bad of [
      "2026-13-45",
      "2026-02-30",
      "2026-02-29",
      "2026-04-31",
      "2026-00-10",
      "2026-7-1",
      "tomorrow",
      "",
    ])
      expect(parseCalendarDate(bad)).toBeNull();
    expect(parseCalendarDate("2028-02-29")).toBe("2028-02-29");
    expect(parseCalendarDate("7/1/2026")).toBe("2026-07-01");
  });
});

describe("money", () => {
  it("reads US notation in every form people type", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const dollars = Math.floor(cents / 100);
        const c = String(cents % 100).padStart(2, "0");
        for (const text of [
          `${dollars}.${c}`,
          `$${dollars.toLocaleString("en-US")}.${c}`,
          ` ${dollars.toLocaleString("en-US")}.${c} `,
        ])
          expect(parseMoney(text)).toEqual({ ok: true, cents });
      }),
    );
    expect(parseMoney("1234.5")).toEqual({ ok: true, cents: 123450 });
    expect(parseMoney("250")).toEqual({ ok: true, cents: 25000 });
  });

  it("refuses European notation with a message that says what to type", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), (dollars, cents) => {
        const c = String(cents).padStart(2, "0");
        const european = `${dollars.toLocaleString("de-DE")},${c}`;
        const r = parseMoney(european);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).toContain(`${dollars.toLocaleString("en-US")}.${c}`);
      }),
    );
    const r = parseMoney("150,00");
    expect(r).toEqual({ ok: false, message: "Use a dot for cents: type 150.00, not 150,00." });
    for (const bad of ["1.234,56", "12,34", "-5", "(5.00)", "1.234", "abc", "", "1,2345.00"])
      expect(parseMoney(bad).ok).toBe(false);
  });
});
