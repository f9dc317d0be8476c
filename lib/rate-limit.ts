// Fixed-window rate limits kept in PostgreSQL, so every app instance shares the count.
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";

export type Limit = { key: string; max: number; windowSeconds: number };

/** Counts one hit against each limit; throws RateLimitError with `message` when any is over. */
export async function hitRateLimits(limits: Limit[], message: string) {
  const now = Date.now();
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const rows = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${limit.key}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"`;
    if (Number(rows[0]?.count ?? 0) > limit.max) throw new RateLimitError(message);
  }
}

/** Old windows are useless; the renewal command calls this with the rest of its housekeeping. */
export async function pruneRateLimits(olderThan = new Date(Date.now() - 24 * 3600 * 1000)) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
