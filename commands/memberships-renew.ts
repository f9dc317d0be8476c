// npm run memberships:renew -- the daily membership job: renewals, reminders, lapses.
// Safe to run any number of times a day (cron: `0 6 * * *`).
import { runMembershipRenewal } from "@/lib/services/memberships/run-renewal";
import { pruneRateLimits } from "@/lib/rate-limit";
import { pruneExpiredSignIns } from "@/lib/auth/prune";
import { db } from "@/lib/db";

const summary = await runMembershipRenewal();
await pruneRateLimits();
const pruned = await pruneExpiredSignIns();
console.log(
  `memberships:renew renewed=${summary.renewed} reminders=${summary.reminders} lapsed=${summary.lapsed}` +
    ` expired_sign_in_links=${pruned.tokens} expired_sessions=${pruned.sessions}` +
    (summary.skippedYears.length
      ? ` (no fee schedule yet for FY${summary.skippedYears.join(", FY")}: nobody renewed into it)`
      : ""),
);
await db.$disconnect();
