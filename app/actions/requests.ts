"use server";
// Purchase request actions: parse with zod, call the service (which authorizes), revalidate, redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { optionalTextField, textField } from "@/lib/input/text";
import { formAction } from "@/lib/action";
import { verbAction } from "@/app/actions/verb-action";
import { ApprovalRule } from "@/lib/generated/prisma/enums";
import { dollarsToCents } from "@/lib/services/programs/rules";
import { CreateRequestInput, RatingInput, UpdateDraftInput } from "@/lib/services/requests/schemas";
import { createRequest } from "@/lib/services/requests/create-request";
import { updateDraft } from "@/lib/services/requests/update-draft";
import { moveRequest } from "@/lib/services/requests/move-request";
import { approveRequest } from "@/lib/services/requests/approve-request";
import { postMessage } from "@/lib/services/requests/post-message";
import { rateVendor } from "@/lib/services/requests/rate-vendor";
import { setApprovalPolicy } from "@/lib/services/requests/set-approval-policy";

const id = z.string().min(1).max(64);

/** The request form posts one `qty_<priceLineId>` field per schedule line; `intent` says draft or submit. */
function requestContent(v: Record<string, string>) {
  return {
    lines: Object.entries(v)
      .filter(([k, q]) => k.startsWith("qty_") && q.trim() !== "")
      .map(([k, q]) => ({ priceLineId: k.slice(4), quantity: q.trim() })),
    notes: v.notes,
    poNumber: v.poNumber,
    neededBy: v.neededBy,
    submit: v.intent !== "draft",
  };
}

const CreateRequestForm = z
  .record(z.string(), z.string())
  .transform((v): z.input<typeof CreateRequestInput> => ({
    contractId: v.contractId ?? "",
    idempotencyKey: v.idempotencyKey ?? "",
    ...requestContent(v),
  }))
  .pipe(CreateRequestInput);

const UpdateDraftForm = z
  .record(z.string(), z.string())
  .transform((v): z.input<typeof UpdateDraftInput> => ({ requestId: v.requestId ?? "", ...requestContent(v) }))
  .pipe(UpdateDraftInput);

/** Revalidates a request's page and the request lists after a change to it. */
function refreshRequest({ requestId }: { requestId: string }) {
  revalidatePath(`/requests/${requestId}`);
  revalidatePath("/requests");
}

export const createRequestAction = formAction(CreateRequestForm, async ({ actor, input }) => {
  const created = await createRequest({ actor, input });
  revalidatePath("/requests");
  redirect(`/requests/${created.id}`);
});

export const updateDraftAction = formAction(UpdateDraftForm, async ({ actor, input }) => {
  await updateDraft({ actor, input });
  refreshRequest(input);
  redirect(`/requests/${input.requestId}`);
});

export const moveRequestAction = verbAction(
  z.object({
    requestId: id,
    move: z.enum(["submit", "acknowledge", "accept", "decline", "fulfil", "cancel", "reject"]),
    reason: optionalTextField({ max: 2000, multiline: true, label: "Reason" }),
  }),
  moveRequest,
  refreshRequest,
  "Done.",
);

export const approveRequestAction = verbAction(
  z.object({ requestId: id, note: optionalTextField({ max: 2000, multiline: true, label: "Note" }) }),
  approveRequest,
  refreshRequest,
  "Approved.",
);

export const postMessageAction = verbAction(
  z.object({
    requestId: id,
    body: textField({ max: 4000, multiline: true, required: "Write a message.", label: "Message" }),
  }),
  postMessage,
  refreshRequest,
  "Message sent.",
);

export const rateVendorAction = verbAction(
  RatingInput,
  rateVendor,
  refreshRequest,
  "Thank you: your rating is recorded.",
);

export const setApprovalPolicyAction = formAction(
  z.object({
    threshold: z
      .string()
      .trim()
      .max(20)
      .refine(
        (v) => v === "" || dollarsToCents(v) !== null,
        "Write a dollar amount such as 10,000, or leave it empty for no approval.",
      ),
    approvers: z.enum(ApprovalRule, "Choose who approves."),
  }),
  async ({ actor, input }) => {
    await setApprovalPolicy({
      actor,
      input: {
        thresholdCents: input.threshold === "" ? null : dollarsToCents(input.threshold),
        approvers: input.approvers,
      },
    });
    revalidatePath("/requests/approval-rule");
  },
  "Approval rule saved.",
);
