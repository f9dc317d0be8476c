"use server";
// The pilot review committee and the RFP draft: parse with zod, call the service, revalidate.
import { z } from "zod";
import { optionalTextField, textField } from "@/lib/input/text";
import { optionalUtcDateTimeField } from "@/lib/input/date";
import { appointCommitteeMember } from "@/lib/services/programs/appoint-committee-member";
import { commentOnRfp } from "@/lib/services/programs/comment-on-rfp";
import { updateRfpDraft } from "@/lib/services/programs/update-rfp-draft";
import { id, text, programAction } from "./fields";

const AppointForm = z.object({ programId: id, email: z.email("Enter the person's work email address.") });
export const appointCommitteeMemberAction = programAction(
  AppointForm,
  appointCommitteeMember,
  "Appointed to the committee.",
);

const RfpDraftForm = z.object({
  programId: id,
  rfpDraft: textField({ max: 100_000, multiline: true, label: "RFP" }),
  rfpNumber: optionalTextField({ max: 40, label: "RFP number" }),
  /** An instant, typed in UTC (the form says so). */
  proposalDueAt: optionalUtcDateTimeField,
});
export const updateRfpDraftAction = programAction(RfpDraftForm, updateRfpDraft, "RFP saved.");

const CommentForm = z.object({ programId: id, body: text(5000, "Write your comment.") });
export const commentOnRfpAction = programAction(CommentForm, commentOnRfp, "Comment posted.");
