// Typed values (days, amounts) read from form text: one zod shape for a required field and an optional one.
import { z } from "zod";

/**
 * Reads one typed value from its text; a text that cannot be read answers `refuse(message)`, the message
 * that says what to type.
 */
export type FieldParser<T> = (text: string, refuse: (message: string) => never) => T;

function parsed<T>(parse: FieldParser<T>, text: string, ctx: z.RefinementCtx): T {
  return parse(text, (message) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** A zod field that must be present (`missing` when it is not a string) and that `parse` reads. */
export function requiredField<T>(parse: FieldParser<T>, missing: string) {
  return z.string(missing).transform((v, ctx) => parsed(parse, v, ctx));
}

/** A zod field where an absent or blank value is `empty` (undefined or null); any other text `parse` reads. */
export function optionalField<T, E extends undefined | null>(parse: FieldParser<T>, empty: E) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => (!v || !v.trim() ? empty : parsed(parse, v, ctx)));
}
