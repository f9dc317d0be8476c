// What a fee schedule form may contain.
import { z } from "zod";
import { optionalMoneyField } from "@/lib/input/money";

export const SaveFeeScheduleInput = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2020, "Enter a fiscal year like 2027.")
    .max(2100, "Enter a fiscal year like 2027."),
  // cents, read by the one money parser; an empty kind-specific fee is null (the independent fee applies)
  independentFee: optionalMoneyField.refine((v) => v !== null, "Enter the independent fee (0 for none)."),
  municipalityFee: optionalMoneyField,
  boardOfEducationFee: optionalMoneyField,
  libraryFee: optionalMoneyField,
  otherPublicFee: optionalMoneyField,
  gracePeriodDays: z.coerce
    .number()
    .int("Enter whole days.")
    .min(0, "Enter 0 or more days.")
    .max(365, "Enter at most 365 days."),
});
