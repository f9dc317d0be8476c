// What the offline payment form may contain.
import { z } from "zod";
import { optionalTextField, textField } from "@/lib/input/text";
import { calendarDateField } from "@/lib/input/date";
import { moneyField, parseMoney } from "@/lib/input/money";

export const RecordOfflinePaymentInput = z
  .object({
    membershipId: z.string().min(1).max(64),
    method: z.enum(["CHECK", "ACH", "PURCHASE_ORDER"], "Choose how it was paid."),
    /** cents, read by the one money parser (US notation; "150,00" is refused with what to type) */
    amount: moneyField.refine((cents) => cents > 0 && cents < 100_000_000, "Enter the amount received, like 250.00."),
    reference: textField({ max: 100, required: "Enter the check number, ACH trace or purchase-order number." }),
    /** "YYYY-MM-DD", read by the one calendar-date parser (a day that does not exist is refused). */
    receivedOn: calendarDateField,
    note: optionalTextField({ max: 500, multiline: true, label: "Note" }),
    /**
     * Ticked when staff confirm an amount that differs from the amount due: the checkbox sends the amount as typed when
     * the question was asked, so a confirmation holds only for that amount (changed since, the question comes again).
     */
    confirmDifferentAmount: z.string().optional(),
  })
  .transform(({ confirmDifferentAmount: confirmed, ...input }) => {
    const parsed = confirmed === undefined ? null : parseMoney(confirmed);
    return { ...input, confirmDifferentAmount: parsed?.ok === true && parsed.cents === input.amount };
  });

/** What the verb takes: the parsed form, where an amount that differs from the balance due needs the confirmation. */
export type RecordOfflinePayment = Omit<z.infer<typeof RecordOfflinePaymentInput>, "confirmDifferentAmount"> & {
  confirmDifferentAmount?: boolean;
};
