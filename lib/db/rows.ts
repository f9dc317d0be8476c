// Every raw statement's rows pass through here: the shape its query file declares, checked, instead of a cast.
import { z } from "zod";

/** Validates each row against `schema`; throws a ZodError when the statement and the schema have drifted apart. */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[]): z.output<S>[] {
  return rows.map((row) => schema.parse(row));
}

/** The first row, validated, or null when the statement returned none. */
export function parseFirst<S extends z.ZodType>(schema: S, rows: unknown[]): z.output<S> | null {
  return rows.length ? schema.parse(rows[0]) : null;
}
