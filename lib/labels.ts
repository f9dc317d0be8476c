// Human labels for enum values, in one place. A value reads as itself in sentence case ("IN_PROGRESS" is
// "In progress"); each table lists only the values whose label says something else.
import {
  Affiliation,
  ApplicationStatus,
  ApprovalRule,
  MembershipStatus,
  OrgKind,
  OrgRole,
  PaymentMethod,
  PaymentStatus,
  PilotIssueStatus,
  ProgramStage,
  ProposalStatus,
  PurchaseRequestStatus,
  SurveyInterest,
  SurveyTimeline,
} from "@/lib/generated/prisma/enums";

/** "BOARD_OF_EDUCATION" -> "Board of education". */
function sentenceCase(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label for every value of `values` (a Prisma enum object): its sentence case, unless `special` names it. */
function labelsFor<V extends string>(values: Record<string, V>, special: Partial<Record<V, string>> = {}) {
  return Object.fromEntries(Object.values(values).map((v) => [v, special[v] ?? sentenceCase(v)])) as Record<V, string>;
}

export const ORG_KIND_LABEL = labelsFor(OrgKind, { OTHER_PUBLIC: "Other public entity" });

export const ROLE_LABEL = labelsFor(OrgRole, {
  ADMIN: "Administrator",
  IT_LEAD: "IT lead",
  PURCHASING: "Purchasing officer",
});

export const AFFILIATION_LABEL = labelsFor(Affiliation, {
  CRCOG: "CRCOG Service Sharing Initiative",
  CRPC: "Capitol Region Purchasing Council",
  COST: "Connecticut Council of Small Towns",
});

export const MEMBERSHIP_STATUS_LABEL = labelsFor(MembershipStatus);

export const APPLICATION_STATUS_LABEL = labelsFor(ApplicationStatus, { SUBMITTED: "Waiting for review" });

export const PAYMENT_METHOD_LABEL = labelsFor(PaymentMethod, {
  STRIPE: "Online (card or bank account)",
  ACH: "ACH transfer",
});

export const PAYMENT_STATUS_LABEL = labelsFor(PaymentStatus, { PENDING: "Processing", SUCCEEDED: "Paid" });

/** R-000042: the receipt number printed on every payment. */
export function receiptLabel(receiptNumber: number): string {
  return `R-${String(receiptNumber).padStart(6, "0")}`;
}

// programs
export const PROGRAM_STAGE_LABEL = labelsFor(ProgramStage, { RFP_DRAFTING: "RFP drafting" });

export const SURVEY_INTEREST_LABEL = labelsFor(SurveyInterest, { NONE: "Not interested" });

export const SURVEY_TIMELINE_LABEL = labelsFor(SurveyTimeline);

export const PILOT_ISSUE_STATUS_LABEL = labelsFor(PilotIssueStatus);

export const PROPOSAL_STATUS_LABEL = labelsFor(ProposalStatus);

// purchase requests
export const REQUEST_STATUS_LABEL = labelsFor(PurchaseRequestStatus, {
  PENDING_APPROVAL: "Waiting for approval",
  SUBMITTED: "Submitted to vendor",
});

export const APPROVAL_RULE_LABEL = labelsFor(ApprovalRule, {
  IT_LEAD: "An IT lead",
  PURCHASING: "A purchasing officer",
  BOTH: "Both an IT lead and a purchasing officer (reviewing together)",
});

/** PR-000042: the number printed on every purchase request. */
export function requestNumberLabel(n: number): string {
  return `PR-${String(n).padStart(6, "0")}`;
}
