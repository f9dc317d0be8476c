"use server";
// The pilot: participants and the issue log: parse with zod, call the service, revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { addPilotParticipant } from "@/lib/services/contracts/add-pilot-participant";
import { reportPilotIssue } from "@/lib/services/contracts/report-pilot-issue";
import { resolvePilotIssue } from "@/lib/services/contracts/resolve-pilot-issue";
import { respondToPilotIssue } from "@/lib/services/contracts/respond-to-pilot-issue";
import { id, text, refreshProgram } from "./fields";

export const addPilotParticipantAction = formAction(
  z.object({ programId: id, contractId: id, organizationId: id }),
  async ({ actor, input }) => {
    await addPilotParticipant({ actor, input });
    refreshProgram(input.programId);
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Pilot participant added.",
);

export const reportPilotIssueAction = formAction(
  z.object({
    contractId: id,
    title: text(200, "Give the issue a short title."),
    description: text(5000, "Describe what happened."),
  }),
  async ({ actor, input }) => {
    await reportPilotIssue({ actor, input });
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Issue logged. The vendor has been told.",
);

export const respondToPilotIssueAction = formAction(
  z.object({ issueId: id, response: text(5000, "Write your answer.") }),
  async ({ actor, input }) => {
    await respondToPilotIssue({ actor, input });
    revalidatePath("/vendor/pilot-issues");
  },
  "Answer sent.",
);

export const resolvePilotIssueAction = formAction(
  z.object({
    contractId: id,
    issueId: id,
    resolution: text(5000, "Say how it was resolved."),
    lessonsLearned: text(5000, "Write the lessons learned for later adopters."),
  }),
  async ({ actor, input }) => {
    await resolvePilotIssue({ actor, input });
    revalidatePath(`/contracts/${input.contractId}`);
  },
  "Issue resolved.",
);
