import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { addDays } from "./rules";
import type { SaveFeeScheduleInput } from "./schemas";

/** Creates or edits a year's schedule. Frozen fees stay as they were; a new grace period applies to unpaid memberships. */
export async function saveFeeSchedule({ actor, input }: VerbArgs<z.infer<typeof SaveFeeScheduleInput>>) {
  assertCan(actor, "fees.schedule.manage");
  const data = {
    independentFeeCents: input.independentFee ?? 0,
    municipalityFeeCents: input.municipalityFee ?? null,
    boardOfEducationFeeCents: input.boardOfEducationFee ?? null,
    libraryFeeCents: input.libraryFee ?? null,
    otherPublicFeeCents: input.otherPublicFee ?? null,
    gracePeriodDays: input.gracePeriodDays,
    updatedByUserId: actor.userId,
  };
  return db.$transaction(async (tx) => {
    const before = await tx.feeSchedule.findUnique({ where: { fiscalYear: input.fiscalYear } });
    const saved = await tx.feeSchedule.upsert({
      where: { fiscalYear: input.fiscalYear },
      create: { fiscalYear: input.fiscalYear, ...data },
      update: data,
    });
    if (before && before.gracePeriodDays !== saved.gracePeriodDays) {
      const unpaid = await tx.membership.findMany({
        where: { fiscalYear: saved.fiscalYear, status: { in: ["PENDING_PAYMENT", "LAPSED"] } },
        select: { id: true, dueAt: true },
      });
      for (const m of unpaid) {
        await tx.membership.update({
          where: { id: m.id },
          data: { graceEndsAt: addDays(m.dueAt, saved.gracePeriodDays) },
        });
      }
    }
    const after = { ...saved, createdAt: saved.createdAt.toISOString(), updatedAt: saved.updatedAt.toISOString() };
    await recordAudit(tx, actor, {
      action: before ? "fees.schedule_updated" : "fees.schedule_created",
      entity: ["FeeSchedule", saved.id],
      before: before
        ? { ...before, createdAt: before.createdAt.toISOString(), updatedAt: before.updatedAt.toISOString() }
        : undefined,
      after,
    });
    return saved;
  });
}
