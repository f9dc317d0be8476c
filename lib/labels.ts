// Human labels for enum values, in one place.
import type {
  Affiliation,
  ApplicationStatus,
  MembershipStatus,
  OrgKind,
  OrgRole,
  PaymentMethod,
  PaymentStatus,
} from "@/lib/generated/prisma/enums";

export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  MUNICIPALITY: "Municipality",
  BOARD_OF_EDUCATION: "Board of education",
  LIBRARY: "Library",
  OTHER_PUBLIC: "Other public entity",
  VENDOR: "Vendor",
  COOPERATIVE: "Cooperative",
};

export const ROLE_LABEL: Record<OrgRole, string> = {
  ADMIN: "Administrator",
  IT_LEAD: "IT lead",
  PURCHASING: "Purchasing officer",
  STAFF: "Staff",
};

export const AFFILIATION_LABEL: Record<Affiliation, string> = {
  CRCOG: "CRCOG Service Sharing Initiative",
  CRPC: "Capitol Region Purchasing Council",
  COST: "Connecticut Council of Small Towns",
};

export const MEMBERSHIP_STATUS_LABEL: Record<MembershipStatus, string> = {
  PENDING_PAYMENT: "Pending payment",
  ACTIVE: "Active",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  SUBMITTED: "Waiting for review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  STRIPE: "Online (card or bank account)",
  CHECK: "Check",
  ACH: "ACH transfer",
  PURCHASE_ORDER: "Purchase order",
};

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = {
  PENDING: "Processing",
  SUCCEEDED: "Paid",
  FAILED: "Failed",
  EXPIRED: "Expired",
};

/** R-000042: the receipt number printed on every payment. */
export function receiptLabel(receiptNumber: number): string {
  return `R-${String(receiptNumber).padStart(6, "0")}`;
}

// programs
import type {
  PilotIssueStatus,
  ProgramStage,
  ProposalStatus,
  SurveyInterest,
  SurveyTimeline,
} from "@/lib/generated/prisma/enums";

export const PROGRAM_STAGE_LABEL: Record<ProgramStage, string> = {
  FORECAST: "Forecast",
  RFP_DRAFTING: "RFP drafting",
  SOLICITATION: "Solicitation",
  EVALUATION: "Evaluation",
  AWARDED: "Awarded",
  PILOT: "Pilot",
  PROGRAM: "Program",
  RETIRED: "Retired",
};

export const SURVEY_INTEREST_LABEL: Record<SurveyInterest, string> = {
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
  NONE: "Not interested",
};

export const SURVEY_TIMELINE_LABEL: Record<SurveyTimeline, string> = {
  WITHIN_6_MONTHS: "Within 6 months",
  WITHIN_12_MONTHS: "Within 12 months",
  WITHIN_24_MONTHS: "Within 24 months",
  LATER: "Later",
};

export const PILOT_ISSUE_STATUS_LABEL: Record<PilotIssueStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  RESOLVED: "Resolved",
};

export const PROPOSAL_STATUS_LABEL: Record<ProposalStatus, string> = {
  SUBMITTED: "Submitted",
  AWARDED: "Awarded",
  NOT_SELECTED: "Not selected",
};

// purchase requests
import type { ApprovalRule, PurchaseRequestStatus } from "@/lib/generated/prisma/enums";

export const REQUEST_STATUS_LABEL: Record<PurchaseRequestStatus, string> = {
  DRAFT: "Draft",
  PENDING_APPROVAL: "Waiting for approval",
  SUBMITTED: "Submitted to vendor",
  ACKNOWLEDGED: "Acknowledged",
  ACCEPTED: "Accepted",
  FULFILLED: "Fulfilled",
  DECLINED: "Declined",
  CANCELLED: "Cancelled",
};

export const APPROVAL_RULE_LABEL: Record<ApprovalRule, string> = {
  IT_LEAD: "An IT lead",
  PURCHASING: "A purchasing officer",
  BOTH: "Both an IT lead and a purchasing officer (reviewing together)",
};

/** PR-000042: the number printed on every purchase request. */
export function requestNumberLabel(n: number): string {
  return `PR-${String(n).padStart(6, "0")}`;
}
