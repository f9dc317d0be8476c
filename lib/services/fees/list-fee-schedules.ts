// Every fiscal year's fee schedule, newest first (staff).
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

/** Every fee schedule row, newest fiscal year first (staff). */
export async function listFeeSchedules({ actor }: { actor: Actor | null }) {
  assertCan(actor, "fees.schedule.manage");
  return db.feeSchedule.findMany({ orderBy: { fiscalYear: "desc" } });
}
