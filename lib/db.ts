// The one Prisma client, and the connection pool under it (made in lib/db/queries/pool.ts). Runtime queries go through
// the pg driver adapter; raw statements are written and run only in lib/db/queries/, one file per topic.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPool } from "@/lib/db/queries/pool";

function createClient() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
  const pool = createPool(env.DATABASE_URL);
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

const globalForDb = globalThis as unknown as { portalDb?: ReturnType<typeof createClient> };

const client = globalForDb.portalDb ?? createClient();
if (!env.isProduction) globalForDb.portalDb = client;

export const db = client.prisma;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The pool under the Prisma client, for the statement runner in lib/db/queries/statement.ts only. */
export const dbPool = client.pool;
