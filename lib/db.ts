// The one Prisma client, and the connection pool under it. Runtime queries go through the pg driver adapter;
// the few statements that run on nearly every request use `sql` on the same pool, without Prisma's per-query cost.
// Raw statements (`sql`, `$queryRaw`) are written only in lib/db/queries/, one file per topic.
import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { z } from "zod";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { parseRows } from "@/lib/db/rows";

function createClient() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  // An idle connection the database drops (a restart, a failover) is an 'error' event on the pool: without a
  // listener Node.js ends the process. The pool replaces the connection; requests in flight fail on their own.
  pool.on("error", (error) => console.error(`database connection lost: ${error.message}`));
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

const globalForDb = globalThis as unknown as { portalDb?: ReturnType<typeof createClient> };

const client = globalForDb.portalDb ?? createClient();
if (!env.isProduction) globalForDb.portalDb = client;

export const db = client.prisma;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Prisma stores DateTime as `timestamp(3)` in UTC: values go in as UTC and come back as UTC, as through Prisma.
const TIMESTAMP = pg.types.builtins.TIMESTAMP;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
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
  const result = await client.pool.query({ name: statementName(query.text), text: query.text, values, types });
  return parseRows(schema, result.rows);
}
