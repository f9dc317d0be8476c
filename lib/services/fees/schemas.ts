// What a fee schedule form may contain.
import { z } from "zod";

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
