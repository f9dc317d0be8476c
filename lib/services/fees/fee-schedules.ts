import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { addDays } from "./fee-rule";

/** "250", "250.00" or "$1,250.5" -> cents; empty -> null (no amount of its own). */
const dollars = z
  .string()
  .trim()
  .transform((v) => v.replace(/[$,\s]/g, ""))
  .refine((v) => v === "" || /^\d{1,6}(\.\d{1,2})?$/.test(v), "Enter an amount in dollars, like 250 or 250.00.")
  .transform((v) => (v === "" ? null : Math.round(Number(v) * 100)));

export const SaveFeeScheduleInput = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2020, "Enter a fiscal year like 2027.")
    .max(2100, "Enter a fiscal year like 2027."),
  independentFee: dollars.refine((v) => v !== null, "Enter the independent fee (0 for none)."),
  municipalityFee: dollars.optional().transform((v) => v ?? null),
  boardOfEducationFee: dollars.optional().transform((v) => v ?? null),
  libraryFee: dollars.optional().transform((v) => v ?? null),
  otherPublicFee: dollars.optional().transform((v) => v ?? null),
  gracePeriodDays: z.coerce
    .number()
    .int("Enter whole days.")
    .min(0, "Enter 0 or more days.")
    .max(365, "Enter at most 365 days."),
});

export async function listFeeSchedules({ actor }: { actor: Actor | null }) {
  assertCan(actor, "fees.schedule.manage");
  return db.feeSchedule.findMany({ orderBy: { fiscalYear: "desc" } });
}

/** Creates or edits a year's schedule. Frozen fees stay as they were; a new grace period applies to unpaid memberships. */
export async function saveFeeSchedule({
  actor,
  input,
}: {
  actor: Actor | null;
  input: z.infer<typeof SaveFeeScheduleInput>;
}) {
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
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: before ? "fees.schedule_updated" : "fees.schedule_created",
      entityType: "FeeSchedule",
      entityId: saved.id,
      before: before
        ? { ...before, createdAt: before.createdAt.toISOString(), updatedAt: before.updatedAt.toISOString() }
        : undefined,
      after,
    });
    return saved;
  });
}
