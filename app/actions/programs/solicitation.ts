"use server";
// The solicitation: vendor questions, answers and proposals: parse with zod, call the service, revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verbAction } from "@/app/actions/verb-action";
import { answerVendorQuestion } from "@/lib/services/programs/answer-vendor-question";
import { askVendorQuestion } from "@/lib/services/programs/ask-vendor-question";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { id, text, programAction, refreshProgram } from "./fields";

const QuestionForm = z.object({ programId: id, question: text(3000, "Write your question.") });
export const askVendorQuestionAction = programAction(
  QuestionForm,
  askVendorQuestion,
  "Question sent. The answer will be published to every vendor.",
);

const AnswerForm = z.object({ programId: id, questionId: id, answer: text(5000, "Write the answer.") });
export const answerVendorQuestionAction = programAction(
  AnswerForm,
  answerVendorQuestion,
  "Answer published to every vendor.",
);

export const submitProposalAction = verbAction(
  z.object({
    programId: id,
    summary: text(10_000, "Summarize your proposal."),
    priceSchedule: text(200_000, "Give your price schedule."),
  }),
  submitProposal,
  (input) => {
    refreshProgram(input);
    revalidatePath("/vendor/proposals");
  },
  "Proposal submitted.",
);
