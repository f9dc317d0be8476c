// Housekeeping for sign-in: links and sessions past their expiry can never be used again, so they are deleted
// rather than kept (a sign-in form that answers every address alike writes a token row even for unknown ones).
import { db } from "@/lib/db";

/**
 * Deletes sign-in tokens and sessions whose `expires` instant is before `now` (default: the current instant).
 * Returns how many of each went. Run daily by `npm run memberships:renew` beside `pruneRateLimits`. Never throws
 * for an empty table; database errors propagate.
 */
export async function pruneExpiredSignIns(now = new Date()): Promise<{ tokens: number; sessions: number }> {
  // two independent deletes: each row is useless on its own, so neither waits for the other
  const tokens = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  const sessions = await db.session.deleteMany({ where: { expires: { lt: now } } });
  return { tokens: tokens.count, sessions: sessions.count };
}
