// Sliding-window rate limits kept in PostgreSQL, so every app instance shares the count.
// Each key has one counter per fixed window; the estimate weighs the previous window by how
// much of it still lies inside the last `windowSeconds` (no reset at a window boundary).
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";

export type Limit = { key: string; max: number; windowSeconds: number };

export function slidingEstimate(previous: number, current: number, elapsedFraction: number): number {
  return previous * (1 - elapsedFraction) + current;
}

/** Counts one hit against each limit; throws RateLimitError with `message` when any is over. */
export async function hitRateLimits(limits: Limit[], message: string) {
  const now = Date.now();
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const rows = await db.$queryRaw<{ current: number; previous: number }[]>`
      WITH hit AS (
        INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${limit.key}, ${new Date(start)}, 1)
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
        RETURNING "count"
      )
      SELECT (SELECT "count" FROM hit)::int AS current,
             COALESCE((SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${limit.key} AND "windowStart" = ${new Date(start - windowMs)}), 0)::int AS previous`;
    const { current, previous } = rows[0] ?? { current: 1, previous: 0 };
    if (slidingEstimate(previous, current, (now - start) / windowMs) > limit.max) throw new RateLimitError(message);
  }
}

/** Old windows are useless; the renewal command calls this with the rest of its housekeeping. */
export async function pruneRateLimits(olderThan = new Date(Date.now() - 24 * 3600 * 1000)) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
