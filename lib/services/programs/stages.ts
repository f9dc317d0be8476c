// The program lifecycle's rules, kept pure so they are tested without a database.
import type { ProgramStage } from "@/lib/generated/prisma/enums";

export const STAGES: ProgramStage[] = [
  "FORECAST",
  "RFP_DRAFTING",
  "SOLICITATION",
  "EVALUATION",
  "AWARDED",
  "PILOT",
  "PROGRAM",
  "RETIRED",
];

export function nextStage(stage: ProgramStage): ProgramStage | null {
  const i = STAGES.indexOf(stage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

export function stageIndex(stage: ProgramStage) {
  return STAGES.indexOf(stage);
}

/** What the rules need to know about a program to judge a move. */
export type StageFacts = {
  stage: ProgramStage;
  rfpNumber: string | null;
  rfpDraft: string;
  proposalDueAt: Date | null;
  criteriaWeightTotal: number;
  proposals: number;
  fullyScoredProposals: number;
  hasContract: boolean;
  pilotParticipants: number;
  unresolvedPilotIssues: number;
};

/** Why a move from facts.stage to `to` is refused, or null when it is allowed. */
export function stageMoveProblem(facts: StageFacts, to: ProgramStage, now: Date): string | null {
  const from = facts.stage;
  if (from === "RETIRED") return "A retired program cannot move.";
  // RETIRED ends a program: a no-go after the pilot, or the end of an open program.
  if (to === "RETIRED")
    return from === "PILOT" || from === "PROGRAM"
      ? null
      : "Only a program in its pilot (no-go) or an open program can be retired.";
  if (to !== nextStage(from))
    return `A program moves one stage at a time: from ${from} the next stage is ${nextStage(from)}.`;
  switch (to) {
    case "SOLICITATION":
      if (!facts.rfpNumber) return "Give the RFP a number before posting it.";
      if (!facts.rfpDraft.trim()) return "Write the RFP before posting it.";
      if (!facts.proposalDueAt || facts.proposalDueAt <= now)
        return "Set a proposal due date in the future before posting the RFP.";
      return null;
    case "EVALUATION":
      if (facts.proposalDueAt && now < facts.proposalDueAt) return "The solicitation cannot close before its due date.";
      if (facts.criteriaWeightTotal !== 100) return "The evaluation criteria's weights must add up to 100.";
      return null;
    case "AWARDED":
      if (!facts.hasContract) return "Award a scored proposal to move to AWARDED.";
      return null;
    case "PILOT":
      if (facts.pilotParticipants < 1) return "Add at least one pilot participant before starting the pilot.";
      return null;
    case "PROGRAM":
      if (facts.unresolvedPilotIssues > 0) return "Resolve every pilot issue before opening the program.";
      return null;
    default:
      return null;
  }
}
