// The program lifecycle's rules (which stage follows which, what a move needs, what each page offers at a stage),
// kept pure so they are tested without a database. The program's other rules are in rules.ts.
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

/** The stage after `stage` in the lifecycle, or null after the last. */
export function nextStage(stage: ProgramStage): ProgramStage | null {
  const i = STAGES.indexOf(stage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/** The position of `stage` in the lifecycle (0 = FORECAST). */
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

/** A move staff may offer from a program's stage: to the next stage, go or no-go after the pilot, or retirement. */
export type StageMove = { kind: "advance" | "go" | "no-go" | "retire"; to: ProgramStage };

/** What the staff program page offers at a stage: the moves, and which cards carry their forms. */
export type StaffStageView = {
  moves: StageMove[];
  /** Why no move is offered: the award moves the program on, or it is retired. */
  waitsFor: "award" | "nothing" | null;
  publishesSurvey: boolean;
  appointsCommittee: boolean;
  editsRfp: boolean;
  /** RFP documents and evaluation criteria change until the solicitation closes. */
  editsSolicitation: boolean;
  awards: boolean;
  managesPilot: boolean;
};

/** The staff page's moves and cards for a program at `stage` (pure: no database, no clock). */
export function staffStageView(stage: ProgramStage): StaffStageView {
  const early = stage === "FORECAST" || stage === "RFP_DRAFTING";
  const next = nextStage(stage);
  const moves: StageMove[] =
    stage === "PILOT"
      ? [
          { kind: "go", to: "PROGRAM" },
          { kind: "no-go", to: "RETIRED" },
        ]
      : stage === "PROGRAM"
        ? [{ kind: "retire", to: "RETIRED" }]
        : next && next !== "AWARDED"
          ? [{ kind: "advance", to: next }]
          : [];
  return {
    moves,
    waitsFor: moves.length ? null : stage === "EVALUATION" ? "award" : "nothing",
    publishesSurvey: stage === "FORECAST",
    appointsCommittee: stage !== "RETIRED",
    editsRfp: early,
    editsSolicitation: early || stage === "SOLICITATION",
    awards: stage === "EVALUATION",
    managesPilot: stage === "AWARDED" || stage === "PILOT",
  };
}

/** What a member's or vendor's program page shows at a stage. `now` decides whether proposals are still open. */
export type ProgramPageView = {
  answersSurvey: boolean;
  /** The RFP has been posted (documents show; the committee no longer comments on the draft). */
  posted: boolean;
  proposalsOpen: boolean;
  scores: boolean;
};

/** The member's or vendor's program page for `program` at `now`: which cards and forms it shows. */
export function programPageView(
  program: { stage: ProgramStage; proposalDueAt: Date | null },
  now: Date,
): ProgramPageView {
  const { stage, proposalDueAt } = program;
  return {
    answersSurvey: stage === "FORECAST",
    posted: stage !== "FORECAST" && stage !== "RFP_DRAFTING",
    proposalsOpen: stage === "SOLICITATION" && proposalDueAt !== null && proposalDueAt > now,
    scores: stage === "EVALUATION",
  };
}
