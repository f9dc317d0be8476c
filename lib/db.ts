// The one Prisma client. Runtime queries go through the pg driver adapter.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { portalDb?: ReturnType<typeof createClient> };

export const db = globalForDb.portalDb ?? createClient();
if (!env.isProduction) globalForDb.portalDb = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
