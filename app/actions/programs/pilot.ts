"use server";
// The pilot: participants and the issue log: parse with zod, call the service, revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verbAction } from "@/app/actions/verb-action";
import { addPilotParticipant } from "@/lib/services/contracts/add-pilot-participant";
import { reportPilotIssue } from "@/lib/services/contracts/report-pilot-issue";
import { resolvePilotIssue } from "@/lib/services/contracts/resolve-pilot-issue";
import { respondToPilotIssue } from "@/lib/services/contracts/respond-to-pilot-issue";
import { id, text, refreshContract, refreshProgram } from "./fields";

export const addPilotParticipantAction = verbAction(
  z.object({ programId: id, contractId: id, organizationId: id }),
  addPilotParticipant,
  (input) => {
    refreshProgram(input);
    refreshContract(input);
  },
  "Pilot participant added.",
);

export const reportPilotIssueAction = verbAction(
  z.object({
    contractId: id,
    title: text(200, "Give the issue a short title."),
    description: text(5000, "Describe what happened."),
  }),
  reportPilotIssue,
  refreshContract,
  "Issue logged. The vendor has been told.",
);

export const respondToPilotIssueAction = verbAction(
  z.object({ issueId: id, response: text(5000, "Write your answer.") }),
  respondToPilotIssue,
  () => revalidatePath("/vendor/pilot-issues"),
  "Answer sent.",
);

export const resolvePilotIssueAction = verbAction(
  z.object({
    contractId: id,
    issueId: id,
    resolution: text(5000, "Say how it was resolved."),
    lessonsLearned: text(5000, "Write the lessons learned for later adopters."),
  }),
  resolvePilotIssue,
  refreshContract,
  "Issue resolved.",
);
