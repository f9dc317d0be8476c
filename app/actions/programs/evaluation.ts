"use server";
// Evaluation: criteria, scores and the award: parse with zod, call the service, revalidate.
import { z } from "zod";
import { optionalTextField } from "@/lib/input/text";
import { formAction } from "@/lib/action";
import { scoreProposal } from "@/lib/services/programs/score-proposal";
import { setCriteria } from "@/lib/services/programs/set-criteria";
import { awardProposal } from "@/lib/services/programs/award-proposal";
import { calendarDateField } from "@/lib/input/date";
import { id, text, programAction, refreshProgram } from "./fields";

const CriteriaForm = z.object({ programId: id, criteria: text(5000, "Give the criteria.") });
export const setCriteriaAction = programAction(CriteriaForm, setCriteria, "Criteria saved.");

// one "score_<criterion id>" field per criterion, so the schema lets those through
export const scoreProposalAction = formAction(
  z.looseObject({
    programId: id,
    proposalId: id,
    comment: optionalTextField({ max: 2000, multiline: true, label: "Comment" }),
  }),
  async ({ actor, input }) => {
    const scores: Record<string, number> = {};
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith("score_") && typeof value === "string")
        scores[key.slice(6)] = value.trim() === "" ? Number.NaN : Number(value);
    }
    await scoreProposal({
      actor,
      input: { proposalId: input.proposalId, scores, comment: input.comment || undefined },
    });
    refreshProgram(input);
  },
  "Scores saved.",
);

const AwardForm = z.object({
  programId: id,
  proposalId: id,
  contractNumber: text(40, "Give the contract a number."),
  termStart: calendarDateField,
  termEnd: calendarDateField,
  renewalOptions: text(300, "Describe the renewal options, or write None."),
  renewalsRemaining: z.coerce.number().int().min(0).max(10),
});
export const awardProposalAction = programAction(AwardForm, awardProposal, "Contract awarded.");
