import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { calendarDateFromDb, calendarDateToDb, todayInCooperative } from "@/lib/input/date";
import { ENDING_WITHIN_DAYS, termIsOver } from "./rules";

/**
 * Awarded, pilot and program contracts whose term ends within `ENDING_WITHIN_DAYS` of the cooperative's date at
 * `now`, or has already ended while the contract is still offered (not retired): the term's last day
 * ("YYYY-MM-DD"), whether it is over, and the renewals left. Soonest first. Staff only (ForbiddenError otherwise).
 */
export async function listContractsEnding({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "contracts.manage");
  const today = todayInCooperative(now);
  const until = new Date(calendarDateToDb(today).getTime() + ENDING_WITHIN_DAYS * 86_400_000);
  const contracts = await db.contract.findMany({
    where: { status: { in: ["AWARDED", "PILOT", "PROGRAM"] }, termEnd: { lte: until } },
    orderBy: [{ termEnd: "asc" }, { title: "asc" }],
    take: 20,
    select: { id: true, number: true, title: true, status: true, termEnd: true, renewalsRemaining: true },
  });
  return contracts.map((c) => ({
    ...c,
    termEnd: calendarDateFromDb(c.termEnd),
    expired: termIsOver(c.termEnd, today),
  }));
}
