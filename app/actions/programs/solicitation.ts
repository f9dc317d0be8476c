"use server";
// The solicitation: vendor questions, answers and proposals: parse with zod, call the service, revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { answerVendorQuestion } from "@/lib/services/programs/answer-vendor-question";
import { askVendorQuestion } from "@/lib/services/programs/ask-vendor-question";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { id, text, refreshProgram } from "./fields";

export const askVendorQuestionAction = formAction(
  z.object({ programId: id, question: text(3000, "Write your question.") }),
  async ({ actor, input }) => {
    await askVendorQuestion({ actor, input });
    refreshProgram(input.programId);
  },
  "Question sent. The answer will be published to every vendor.",
);

export const answerVendorQuestionAction = formAction(
  z.object({ programId: id, questionId: id, answer: text(5000, "Write the answer.") }),
  async ({ actor, input }) => {
    await answerVendorQuestion({ actor, input });
    refreshProgram(input.programId);
  },
  "Answer published to every vendor.",
);

export const submitProposalAction = formAction(
  z.object({
    programId: id,
    summary: text(10_000, "Summarize your proposal."),
    priceSchedule: text(200_000, "Give your price schedule."),
  }),
  async ({ actor, input }) => {
    await submitProposal({ actor, input });
    refreshProgram(input.programId);
    revalidatePath("/vendor/proposals");
  },
  "Proposal submitted.",
);
