// What the offline payment form may contain.
import { z } from "zod";

export const RecordOfflinePaymentInput = z.object({
  membershipId: z.string().min(1).max(64),
  method: z.enum(["CHECK", "ACH", "PURCHASE_ORDER"], "Choose how it was paid."),
  amount: z
    .string()
    .trim()
    .transform((v) => v.replace(/[$,\s]/g, ""))
    .refine(
      (v) => /^\d{1,6}(\.\d{1,2})?$/.test(v) && Number(v) > 0,
      "Enter the amount received in dollars, like 250.00.",
    )
    .transform((v) => Math.round(Number(v) * 100)),
  reference: z.string().trim().min(1, "Enter the check number, ACH trace or purchase-order number.").max(100),
  receivedOn: z.iso.date("Enter the date it was received."),
  note: z.string().trim().max(500).optional(),
});
