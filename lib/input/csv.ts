// CSV the portal writes: the one way every export formats its cells (csv-stringify), starts with a UTF-8
// byte-order mark (without it Excel on Windows reads "Pública" as "PÃºblica"), and neutralizes cells a
// spreadsheet would run as a formula (OWASP's CSV injection list: = + - @, tab and carriage return).
import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | null | undefined;

/** The byte-order mark every CSV download starts with, so Excel reads it as UTF-8. */
export const CSV_BOM = "\uFEFF";

/** A cell as text, with a leading formula character made inert by a leading apostrophe. */
export function neutralizeFormula(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV text (RFC 4180: quoted when needed, CRLF line ends), every cell passed through
 * `neutralizeFormula`. Numbers are written as given: pass amounts already formatted (e.g. "1234.50").
 * `bom` puts the byte-order mark first: true for a whole file or the first chunk of a stream.
 */
export function toCsv(rows: CsvValue[][], { bom = false }: { bom?: boolean } = {}): string {
  const text = stringify(
    rows.map((row) => row.map(neutralizeFormula)),
    { record_delimiter: "windows" },
  );
  return bom ? CSV_BOM + text : text;
}

/** The response headers of a CSV download named `filename` (never cached: exports hold member data). */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
    "cache-control": "no-store",
  };
}
