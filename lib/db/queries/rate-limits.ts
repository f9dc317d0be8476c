// The rate limiter's one statement: count a hit in the current window and read the previous window's count.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseFirst } from "@/lib/db/rows";

const Counts = z.object({ current: z.number().int(), previous: z.number().int() });
export type WindowCounts = z.infer<typeof Counts>;

/**
 * Adds one hit to `key`'s bucket for the window starting at `windowStart` and returns that bucket's count with the
 * count of the window before it (starting at `previousStart`; 0 when there was none). Atomic across app instances.
 */
export async function countRateLimitHit(key: string, windowStart: Date, previousStart: Date): Promise<WindowCounts> {
  const rows = await db.$queryRaw<unknown[]>`
    WITH hit AS (
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"
    )
    SELECT (SELECT "count" FROM hit)::int AS current,
           COALESCE((SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${key} AND "windowStart" = ${previousStart}), 0)::int AS previous`;
  return parseFirst(Counts, rows) ?? { current: 1, previous: 0 };
}
