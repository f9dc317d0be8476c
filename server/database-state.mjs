// What the private cache (private-cache.mjs) asks the database before reusing a page: the current snapshot, which
// changes whenever any transaction writes, and whether the request's session is still live (one of its cookies is
// the token of an unexpired session; the cache does not need to know the session cookie's name).
import pg from "pg";

const STATE = `
  SELECT pg_current_snapshot()::text AS snapshot,
         EXISTS (SELECT 1 FROM "Session" WHERE "sessionToken" = ANY($1::text[]) AND "expires" > now()) AS live`;

export function createDatabaseState(connectionString) {
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on("error", (error) => console.error("[database-state]", error.message)); // an idle connection dropped
  /** @param {string[]} cookieValues */
  const databaseState = async (cookieValues) => (await pool.query(STATE, [cookieValues])).rows[0];
  return { databaseState, end: () => pool.end() };
}
