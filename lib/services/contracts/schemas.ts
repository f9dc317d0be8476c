// What the pilot issue verbs take; their forms (zod) parse into these in app/actions/programs/pilot.ts.

export type ReportPilotIssueInput = { contractId: string; title: string; description: string };
export type ResolvePilotIssueInput = { issueId: string; resolution: string; lessonsLearned: string };
