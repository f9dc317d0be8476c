// The one Prisma client, and the connection pool under it. Runtime queries go through the pg driver adapter;
// raw statements are written and run only in lib/db/queries/, one file per topic.
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

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

/** The pool under the Prisma client, for the statement runner in lib/db/queries/statement.ts only. */
export const dbPool = client.pool;
