// Sliding-window rate limits kept in PostgreSQL, so every app instance shares the count.
// Each key has one counter per fixed window; the estimate weighs the previous window by how
// much of it still lies inside the last `windowSeconds` (no reset at a window boundary).
import { db } from "@/lib/db";
import { countRateLimitHit } from "@/lib/db/queries/rate-limits";
import { RateLimitError } from "@/lib/errors";

export type Limit = { key: string; max: number; windowSeconds: number };

export function slidingEstimate(previous: number, current: number, elapsedFraction: number): number {
  return previous * (1 - elapsedFraction) + current;
}

/**
 * A limit per client address, or none when the address is unknown (null): one shared bucket for every client whose
 * address is unknown would let a handful of requests lock everyone out, so callers also limit per email or account.
 */
export function perAddress(prefix: string, ip: string | null, max: number, windowSeconds: number): Limit[] {
  return ip ? [{ key: `${prefix}:ip:${ip}`, max, windowSeconds }] : [];
}

/** Counts one hit against each limit; throws RateLimitError with `message` when any is over. */
export async function hitRateLimits(limits: Limit[], message: string) {
  const now = Date.now();
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const { current, previous } = await countRateLimitHit(limit.key, new Date(start), new Date(start - windowMs));
    if (slidingEstimate(previous, current, (now - start) / windowMs) > limit.max) throw new RateLimitError(message);
  }
}

/** Old windows are useless; the renewal command calls this with the rest of its housekeeping. */
export async function pruneRateLimits(olderThan = new Date(Date.now() - 24 * 3600 * 1000)) {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
