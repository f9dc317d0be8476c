// The shapes a purchase request arrives in, from the form and from POST /api/requests. A price sent
// by the client has no field here, so zod drops it: every line is priced on the server.
import { z } from "zod";
import type { ApprovalRule } from "@/lib/generated/prisma/enums";

const RequestLineInput = z.object({
  priceLineId: z.string().min(1).max(64),
  quantity: z.coerce
    .number("Enter a whole number.")
    .int("Enter a whole number.")
    .min(0, "Enter 0 or more.")
    .max(100_000, "At most 100,000."),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

/** What a request says: the same whether it is created or a draft is edited. */
const RequestContent = z.object({
  lines: z.array(RequestLineInput).max(500),
  notes: optionalText(4000),
  poNumber: optionalText(60),
  neededBy: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), "Use a date such as 2026-09-30.")
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined)),
  /** false saves a draft; true submits (to approvers or to the vendor). */
  submit: z.boolean().default(true),
});
type Content = { notes?: string; poNumber?: string; neededBy?: Date };

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
  comment: optionalText(2000),
});
export type RatingInput = Omit<z.infer<typeof RatingInput>, "comment"> & { comment?: string };

/** `thresholdCents` null removes the rule (no request needs approval). */
export type SetApprovalPolicyInput = { thresholdCents: number | null; approvers: ApprovalRule };
