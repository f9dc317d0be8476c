import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, neutralizeFormula, toCsv } from "@/lib/input/csv";

describe("CSV exports", () => {
  it("start with a byte-order mark so Excel reads accented names as UTF-8", () => {
    const csv = toCsv([["Name"], ["Biblioteca Pública Niños"]], { bom: true });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Name\r\nBiblioteca Pública Niños\r\n`);
  });

  it("neutralize every cell a spreadsheet would run as a formula, tab and carriage return included", () => {
    for (const lead of ["=", "+", "-", "@", "\t", "\r"])
      expect(neutralizeFormula(`${lead}SUM(A1)`)).toBe(`'${lead}SUM(A1)`);
    expect(neutralizeFormula("Town of Union")).toBe("Town of Union");
    expect(neutralizeFormula(null)).toBe("");
  });

  it("round-trip any text through a CSV reader, formula cells aside", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = parse(toCsv(rows), { relax_column_count: true }) as string[][];
          expect(parsed).toEqual(rows.map((row) => row.map(neutralizeFormula)));
        },
      ),
    );
  });
});
