// What the program verbs take; their forms (zod) parse into these in app/actions/programs/.
import type { ProgramStage } from "@/lib/generated/prisma/enums";

/** `scores`: criterion id -> score; one out of range (or NaN, left empty) is refused with a field error. */
export type ScoreProposalInput = { proposalId: string; scores: Record<string, number>; comment?: string };
export type SubmitProposalInput = { programId: string; summary: string; priceSchedule: string };
export type MoveProgramStageInput = { programId: string; toStage: ProgramStage; note?: string };
export type UpdateRfpDraftInput = { programId: string; rfpDraft: string; rfpNumber?: string; proposalDueAt?: Date };
