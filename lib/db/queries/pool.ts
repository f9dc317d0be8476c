// The PostgreSQL connection pool the Prisma client (lib/db.ts) runs on; the statement runner (statement.ts) runs the
// raw statements of this folder on the same pool. Kept here so that every direct use of the pg driver is in one place.
import pg from "pg";

/**
 * A pool of at most 10 connections to `databaseUrl`. An idle connection the database drops (a restart, a failover)
 * is an 'error' event on the pool: without a listener Node.js would end the process, so it is logged and the pool
 * replaces the connection; requests in flight fail on their own. Connecting is lazy: this never throws.
 */
export function createPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on("error", (error) => console.error(`database connection lost: ${error.message}`));
  return pool;
}
