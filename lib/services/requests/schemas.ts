// The shapes a purchase request arrives in, from the form and from POST /api/requests. A price sent
// by the client has no field here, so zod drops it: every line is priced on the server.
import { z } from "zod";
import type { ApprovalRule } from "@/lib/generated/prisma/enums";
import { optionalTextField } from "@/lib/input/text";
import { optionalCalendarDateField, type CalendarDate } from "@/lib/input/date";

const RequestLineInput = z.object({
  priceLineId: z.string().min(1).max(64),
  quantity: z.coerce
    .number("Enter a whole number.")
    .int("Enter a whole number.")
    .min(0, "Enter 0 or more.")
    .max(100_000, "At most 100,000."),
});

/** Typed text, cleaned (lib/input/text.ts); past `max` it is refused with a message naming the field. */
const optionalText = (max: number, label: string, multiline = false) => optionalTextField({ max, label, multiline });

/** What a request says: the same whether it is created or a draft is edited. */
const RequestContent = z.object({
  lines: z.array(RequestLineInput).max(500),
  notes: optionalText(4000, "Notes", true),
  poNumber: optionalText(60, "PO number"),
  /** A calendar date ("YYYY-MM-DD"); a day that does not exist is refused with a field message. */
  neededBy: optionalCalendarDateField,
  /** false saves a draft; true submits (to approvers or to the vendor). */
  submit: z.boolean().default(true),
});
type Content = { notes?: string; poNumber?: string; neededBy?: CalendarDate };

export const CreateRequestInput = RequestContent.extend({
  contractId: z.string().min(1).max(64),
  /** Generated when the form opens; the same key always means the same request. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, "The form expired; reload the page and try again."),
});
export type CreateRequestInput = Omit<z.infer<typeof CreateRequestInput>, keyof Content> & Content;

export const UpdateDraftInput = RequestContent.extend({ requestId: z.string().min(1).max(64) });
export type UpdateDraftInput = Omit<z.infer<typeof UpdateDraftInput>, keyof Content> & Content;

export const RatingInput = z.object({
  requestId: z.string().min(1).max(64),
  quality: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5."),
  timeliness: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5."),
  support: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5."),
  value: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5."),
  comment: optionalText(2000, "Comment", true),
});
export type RatingInput = Omit<z.infer<typeof RatingInput>, "comment"> & { comment?: string };

/** `thresholdCents` null removes the rule (no request needs approval). */
export type SetApprovalPolicyInput = { thresholdCents: number | null; approvers: ApprovalRule };
