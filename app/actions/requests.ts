"use server";
// Purchase request actions: parse with zod, call the service (which authorizes), revalidate, redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { ApprovalRule } from "@/lib/generated/prisma/enums";
import { dollarsToCents } from "@/lib/services/programs/rules";
import { CreateRequestInput, RatingInput, UpdateDraftInput } from "@/lib/services/requests/inputs";
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

function refresh(requestId: string) {
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
  refresh(input.requestId);
  redirect(`/requests/${input.requestId}`);
});

export const moveRequestAction = formAction(
  z.object({
    requestId: id,
    move: z.enum(["submit", "acknowledge", "accept", "decline", "fulfil", "cancel", "reject"]),
    reason: z.string().trim().max(2000, "At most 2,000 characters.").optional(),
  }),
  async ({ actor, input }) => {
    await moveRequest({ actor, input });
    refresh(input.requestId);
  },
  "Done.",
);

export const approveRequestAction = formAction(
  z.object({ requestId: id, note: z.string().trim().max(2000, "At most 2,000 characters.").optional() }),
  async ({ actor, input }) => {
    await approveRequest({ actor, input });
    refresh(input.requestId);
  },
  "Approved.",
);

export const postMessageAction = formAction(
  z.object({
    requestId: id,
    body: z.string().trim().min(1, "Write a message.").max(4000, "At most 4,000 characters."),
  }),
  async ({ actor, input }) => {
    await postMessage({ actor, input });
    refresh(input.requestId);
  },
  "Message sent.",
);

export const rateVendorAction = formAction(
  RatingInput,
  async ({ actor, input }) => {
    await rateVendor({ actor, input });
    refresh(input.requestId);
  },
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
