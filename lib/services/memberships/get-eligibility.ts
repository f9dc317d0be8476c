// Whether an organization may request purchases now: an active membership for the current
// fiscal year, with its fee paid when due (DESIGN.md "Fee rule"). Called by purchase requests.
import { db } from "@/lib/db";
import { fiscalYearOf, formatCents, formatDate } from "@/lib/format";
import type { OrgKind } from "@/lib/generated/prisma/enums";

export type PurchaseEligibility = { eligible: true } | { eligible: false; reason: string; action: string };

const PAY_ACTION =
  "An administrator or purchasing officer can pay online from the Membership page, or pay by check, ACH or purchase order; cooperative staff record offline payments.";

/** Decides from the database only; `at` defaults to now (tests pass a fixed date). */
export async function getPurchaseEligibility(
  organizationId: string,
  at: Date = new Date(),
): Promise<PurchaseEligibility> {
  const fiscalYear = fiscalYearOf(at);
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      kind: true,
      memberships: {
        where: { fiscalYear },
        select: { status: true, feeDueCents: true, isRenewal: true, dueAt: true, graceEndsAt: true },
      },
    },
  });
  return decidePurchaseEligibility(org?.kind ?? null, org?.memberships[0] ?? null, fiscalYear, at);
}

/** The whole rule from its facts: the organization's kind and its membership for the fiscal year of `at`. */
export function decidePurchaseEligibility(
  kind: OrgKind | null,
  m: MembershipFacts,
  fiscalYear: number,
  at: Date,
): PurchaseEligibility {
  if (!kind)
    return {
      eligible: false,
      reason: "This organization does not exist.",
      action: "Sign in again and choose your organization.",
    };
  if (kind === "VENDOR" || kind === "COOPERATIVE") {
    return {
      eligible: false,
      reason:
        "Only member organizations (towns, boards of education, libraries and other public entities) request purchases.",
      action: "Sign in for a member organization to request a purchase.",
    };
  }
  return decideEligibility(m, fiscalYear, at);
}

export type MembershipFacts = {
  status: string;
  feeDueCents: number;
  isRenewal: boolean;
  dueAt: Date;
  graceEndsAt: Date;
} | null;

/** The rule itself, pure, so it is easy to test on its own. */
export function decideEligibility(m: MembershipFacts, fiscalYear: number, at: Date): PurchaseEligibility {
  if (!m) {
    return {
      eligible: false,
      reason: `Your organization has no membership for FY${fiscalYear}.`,
      action: "Apply to join (or ask cooperative staff to renew your membership) from the Membership page.",
    };
  }
  if (m.status === "ACTIVE") return { eligible: true };
  const fee = formatCents(m.feeDueCents);
  if (m.status === "PENDING_PAYMENT") {
    // A renewing member keeps working until its grace period ends; a new member pays first.
    if (m.isRenewal && at.getTime() <= m.graceEndsAt.getTime()) return { eligible: true };
    return {
      eligible: false,
      reason: `The FY${fiscalYear} membership fee of ${fee} has not been paid${m.isRenewal ? ` (it was due ${formatDate(m.dueAt)})` : ""}.`,
      action: PAY_ACTION,
    };
  }
  if (m.status === "LAPSED") {
    return {
      eligible: false,
      reason: `Your FY${fiscalYear} membership lapsed: the fee of ${fee} was not paid by ${formatDate(m.graceEndsAt)}.`,
      action: `Paying the fee reactivates it. ${PAY_ACTION}`,
    };
  }
  return {
    eligible: false,
    reason: `Your FY${fiscalYear} membership was cancelled.`,
    action: "Contact cooperative staff to reinstate it.",
  };
}
