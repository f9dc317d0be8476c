// Text from a request (form fields, query parameters, JSON bodies, file names, CSV cells) is cleaned here,
// at the trust boundary: PostgreSQL cannot store NUL, control characters have no place in what people type,
// and the same word must compare equal however the keyboard composed it (Unicode NFC).
import { z } from "zod";

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; lone surrogates; non-characters.
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans one text value: control characters removed, line breaks made `\n` (kept only when `multiline`,
 * otherwise folded to a space), Unicode normalized to NFC, surrounding white space trimmed.
 * Never throws; lengths are checked by the caller (see `textField`), so nothing is cut silently.
 */
export function cleanText(value: string, { multiline = false }: { multiline?: boolean } = {}): string {
  let text = value.replace(CONTROL, "").replace(/\r\n?/g, "\n");
  text = multiline ? text.replace(/\t/g, "  ") : text.replace(/[\t\n]+/g, " ");
  return text.normalize("NFC").trim();
}

/**
 * A zod field for typed text: cleaned by `cleanText`, then refused (never cut) past `max` characters with
 * a message that says the limit. `optional` turns an empty value into `undefined`.
 */
export function textField({ max, multiline = false, label }: { max: number; multiline?: boolean; label?: string }) {
  const what = label ? `${label}: ` : "";
  return z
    .string()
    .transform((v) => cleanText(v, { multiline }))
    .pipe(z.string().max(max, `${what}at most ${max.toLocaleString("en-US")} characters.`));
}

/** `textField` where an empty value means "not given" (`undefined`). */
export function optionalTextField(options: { max: number; multiline?: boolean; label?: string }) {
  return z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .pipe(textField(options))
    .transform((v) => v || undefined);
}

/**
 * A search box's text: cleaned, and cut to `max` characters when longer, saying so (`cut: true`) so the
 * page can tell the person that only the first part was searched. Pass the raw query parameter.
 */
export function searchText(value: string | string[] | undefined, max: number): { text: string; cut: boolean } {
  const raw = Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  const text = cleanText(raw);
  if (text.length <= max) return { text, cut: false };
  return { text: text.slice(0, max).trim(), cut: true };
}
