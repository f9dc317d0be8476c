// Text from a request (form fields, query parameters, JSON bodies, file names, CSV cells) is cleaned here,
// at the trust boundary: PostgreSQL cannot store NUL, control characters have no place in what people type,
// and the same word must compare equal however the keyboard composed it (Unicode NFC).
import { z } from "zod";

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; invisible characters that change how text
// reads without showing (bidirectional embeddings, overrides and isolates, which can reverse a line on screen; zero
// width space, word joiner and byte-order mark); lone surrogates; non-characters. Zero width joiners stay: emoji and
// some scripts need them.
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans one text value: control characters removed, line breaks made `\n` (kept only when `multiline`,
 * otherwise folded to a space), Unicode normalized to NFC, surrounding white space trimmed.
 * Never throws; lengths are checked by the caller (see `textField`), so nothing is cut silently.
 */
export function cleanText(value: string, { multiline = false }: { multiline?: boolean } = {}): string {
  const text = cleanInput(value).replace(/\r\n?/g, "\n");
  return (multiline ? text.replace(/\t/g, "  ") : text.replace(/[\t\n]+/g, " ")).trim();
}

/**
 * Cleans a value at the trust boundary, before any schema sees it: control characters (NUL included) and lone
 * surrogates removed, Unicode normalized to NFC. Tab, line feed, carriage return and surrounding white space are
 * kept (the field's schema decides about those, e.g. `textField`). Never throws, never cuts.
 */
export function cleanInput(value: string): string {
  return value.replace(CONTROL, "").normalize("NFC");
}

/**
 * A page's query parameters (`searchParams`) with the first of a repeated name kept and every value passed
 * through `cleanInput`, so a bookmark or a bot's `?id=%00` reaches no query with a NUL in it.
 */
export function cleanParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      const first = Array.isArray(v) ? v[0] : v;
      return [cleanInput(k), first === undefined ? undefined : cleanInput(first)];
    }),
  );
}

/**
 * True when a request path (as it arrived, percent-encoded) decodes to a character `cleanInput` removes, or does
 * not decode at all: such a path names nothing the portal serves, and its segments must not reach the database.
 */
export function pathHasControlCharacters(pathname: string): boolean {
  try {
    return new RegExp(CONTROL.source).test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

/**
 * A URL's query string (`?a=b`, as it arrived) with control characters removed from every name and value, or null
 * when it holds none (nothing to change). The result is re-encoded (`?q=&page=2`).
 */
export function cleanQueryString(search: string): string | null {
  const params = new URLSearchParams(search);
  const dirty = new RegExp(CONTROL.source);
  if (![...params].some(([k, v]) => dirty.test(k) || dirty.test(v))) return null;
  const clean = new URLSearchParams([...params].map(([k, v]) => [cleanInput(k), cleanInput(v)]));
  return clean.size ? `?${clean}` : "";
}

/**
 * Every string in a parsed JSON value (object keys and array items included) passed through `cleanInput`;
 * numbers, booleans and null unchanged. Route handlers run request bodies through this before validation.
 */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === "string") return cleanInput(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanInput(k), cleanStrings(v)]));
  return value;
}

type TextOptions = { max: number; multiline?: boolean; label?: string; min?: number; required?: string };

/** The length checks of a text field, with messages; an empty value passes when `allowEmpty`. */
function lengthChecks({ max, label, min, required }: TextOptions, allowEmpty: boolean) {
  const what = label ? `${label}: ` : "";
  const least = min ?? (required ? 1 : 0);
  const tooShort = required ?? `${what}at least ${least} characters.`;
  return z
    .string()
    .max(max, `${what}at most ${max.toLocaleString("en-US")} characters.`)
    .refine((v) => v.length >= least || (allowEmpty && v === ""), tooShort);
}

/**
 * A zod field for typed text: cleaned by `cleanText`, then refused (never cut) past `max` characters with
 * a message that says the limit. `required` is the message when it is empty (or shorter than `min`).
 */
export function textField(options: TextOptions) {
  return z
    .string()
    .transform((v) => cleanText(v, { multiline: options.multiline }))
    .pipe(lengthChecks(options, false));
}

/** `textField` where an empty (or missing) value means "not given" (`undefined`); `min` applies when given. */
export function optionalTextField(options: Omit<TextOptions, "required">) {
  return z
    .string()
    .transform((v) => cleanText(v, { multiline: options.multiline }))
    .pipe(lengthChecks(options, true))
    .transform((v) => v || undefined)
    .optional();
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
