"use server";
// The pilot review committee and the RFP draft: parse with zod, call the service, revalidate.
import { z } from "zod";
import { formAction } from "@/lib/action";
import { appointCommitteeMember } from "@/lib/services/programs/appoint-committee-member";
import { commentOnRfp } from "@/lib/services/programs/comment-on-rfp";
import { updateRfpDraft } from "@/lib/services/programs/update-rfp-draft";
import { id, text, refreshProgram } from "./fields";

export const appointCommitteeMemberAction = formAction(
  z.object({ programId: id, email: z.email("Enter the person's work email address.") }),
  async ({ actor, input }) => {
    await appointCommitteeMember({ actor, input });
    refreshProgram(input.programId);
  },
  "Appointed to the committee.",
);

export const updateRfpDraftAction = formAction(
  z.object({
    programId: id,
    rfpDraft: z.string().max(100_000),
    rfpNumber: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    proposalDueAt: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const d = new Date(v.length === 16 ? `${v}:00Z` : v);
        if (Number.isNaN(d.getTime())) {
          ctx.addIssue({ code: "custom", message: "Choose a date and time." });
          return z.NEVER;
        }
        return d;
      }),
  }),
  async ({ actor, input }) => {
    await updateRfpDraft({ actor, input });
    refreshProgram(input.programId);
  },
  "RFP saved.",
);

export const commentOnRfpAction = formAction(
  z.object({ programId: id, body: text(5000, "Write your comment.") }),
  async ({ actor, input }) => {
    await commentOnRfp({ actor, input });
    refreshProgram(input.programId);
  },
  "Comment posted.",
);
