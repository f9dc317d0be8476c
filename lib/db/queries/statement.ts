// Runs the raw statements of lib/db/queries/ on the shared pool, without Prisma's per-query cost: the few statements
// that run on nearly every request (sessions, request lists, the catalog) go through here.
import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbPool } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";

// Prisma stores DateTime as `timestamp(3)` in UTC: values go in as UTC and come back as UTC, as through Prisma.
// A calendar date (`date`, "2026-07-01") comes back as Prisma reads it, midnight UTC of that day: pg's own parser
// would make it midnight in the server's time zone, a day earlier once formatted east of it.
const { TIMESTAMP, DATE } = pg.types.builtins;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
      : oid === DATE
        ? (v: string) => new Date(`${v}T00:00:00Z`)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// Each statement is prepared once per connection under a name derived from its text, so PostgreSQL plans it once
// rather than on every run (planning the request list's joins cost more than running it).
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs one statement written with Prisma.sql`…` on the shared pool (one statement is one transaction) and returns
 * its rows validated by `schema` (a ZodError when they do not match). For lib/db/queries/ only.
 */
export async function sql<S extends z.ZodType>(schema: S, query: Prisma.Sql): Promise<z.output<S>[]> {
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  const result = await dbPool.query({ name: statementName(query.text), text: query.text, values, types });
  return parseRows(schema, result.rows);
}
