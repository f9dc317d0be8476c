// The request lifecycle in one table: which move, from which statuses, by which side of the portal; who sees which
// requests; how a request is priced. Services enforce it; pages read it only to show the buttons a person may use.
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/assert";
import type { Permission } from "@/lib/authz/permissions";
import type { ApprovalRule, OrgRole, PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/errors";

export type Move = "submit" | "acknowledge" | "accept" | "decline" | "fulfil" | "cancel" | "reject";

type MoveRule = {
  from: readonly PurchaseRequestStatus[];
  /** Where it goes; submit decides between PENDING_APPROVAL and SUBMITTED. */
  to: PurchaseRequestStatus | null;
  permission: Permission;
  needsReason: boolean;
  verb: string;
};

const BEFORE_ACCEPTANCE = ["DRAFT", "PENDING_APPROVAL", "SUBMITTED", "ACKNOWLEDGED"] as const;

export const MOVES: Record<Move, MoveRule> = {
  submit: { from: ["DRAFT"], to: null, permission: "requests.create", needsReason: false, verb: "submitted" },
  acknowledge: {
    from: ["SUBMITTED"],
    to: "ACKNOWLEDGED",
    permission: "requests.respond",
    needsReason: false,
    verb: "acknowledged",
  },
  accept: {
    from: ["SUBMITTED", "ACKNOWLEDGED"],
    to: "ACCEPTED",
    permission: "requests.respond",
    needsReason: false,
    verb: "accepted",
  },
  decline: {
    from: ["SUBMITTED", "ACKNOWLEDGED"],
    to: "DECLINED",
    permission: "requests.respond",
    needsReason: true,
    verb: "declined",
  },
  fulfil: {
    from: ["ACCEPTED"],
    to: "FULFILLED",
    permission: "requests.respond",
    needsReason: false,
    verb: "fulfilled",
  },
  cancel: {
    from: BEFORE_ACCEPTANCE,
    to: "CANCELLED",
    permission: "requests.cancel",
    needsReason: true,
    verb: "cancelled",
  },
  reject: {
    from: ["PENDING_APPROVAL"],
    to: "CANCELLED",
    permission: "requests.approve",
    needsReason: true,
    verb: "not approved",
  },
};

/** Staff may also cancel an accepted request (a dispute the cooperative mediates). */
const STAFF_CANCELS_FROM: readonly PurchaseRequestStatus[] = [...BEFORE_ACCEPTANCE, "ACCEPTED"];

export type RequestFacts = {
  status: PurchaseRequestStatus;
  organizationId: string;
  vendorOrganizationId: string;
  createdById: string | null;
  approvalRule: ApprovalRule | null;
  approvals: { role: OrgRole; userId: string }[];
};

export function canMove(actor: Actor, move: Move, r: RequestFacts): boolean {
  const rule = MOVES[move];
  if (!can(actor, rule.permission)) return false;
  if (move === "cancel" && actor.side === "staff") return STAFF_CANCELS_FROM.includes(r.status);
  if (!rule.from.includes(r.status)) return false;
  if (rule.permission === "requests.respond") return actor.organization.id === r.vendorOrganizationId;
  if (move === "reject") return mayApprove(actor, r);
  return actor.side === "member" && actor.organization.id === r.organizationId;
}

export function allowedMoves(actor: Actor, r: RequestFacts): Move[] {
  return (Object.keys(MOVES) as Move[]).filter((m) => canMove(actor, m, r));
}

export function rolesFor(rule: ApprovalRule): OrgRole[] {
  return rule === "BOTH" ? ["IT_LEAD", "PURCHASING"] : [rule];
}

/** Approval roles still missing a decision. */
export function missingApprovals(r: Pick<RequestFacts, "approvalRule" | "approvals">): OrgRole[] {
  if (!r.approvalRule) return [];
  return rolesFor(r.approvalRule).filter((role) => !r.approvals.some((a) => a.role === role));
}

/** An approver of the request's organization, for a side not yet approved, who is not the buyer. */
export function mayApprove(actor: Actor, r: RequestFacts): boolean {
  if (!can(actor, "requests.approve")) return false;
  if (r.status !== "PENDING_APPROVAL" || actor.organization.id !== r.organizationId) return false;
  if (actor.userId === r.createdById) return false;
  if (r.approvals.some((a) => a.userId === actor.userId)) return false;
  return missingApprovals(r).includes(actor.role);
}

/**
 * The requests an actor may see: their organization's; a vendor's once sent to it; staff all. Its SQL form for the
 * lists is requestScopeSql (lib/db/queries/requests.ts); a parity test keeps the two returning the same rows.
 */
export function scopeWhere(actor: Actor): Prisma.PurchaseRequestWhereInput {
  if (actor.side === "staff") return {};
  if (actor.side === "vendor") return { vendorOrganizationId: actor.organization.id, submittedAt: { not: null } };
  return { organizationId: actor.organization.id };
}

export function actorLabel(actor: Actor): string {
  return `${actor.name ?? actor.email} (${actor.organization.name})`;
}

const MAX_TOTAL_CENTS = 2_000_000_000; // the column is a 32-bit integer: $20 million per request

/** The request's total; a request is limited to what its column holds. */
export function totalOf(lines: { lineTotalCents: number }[]): number {
  const totalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  if (totalCents > MAX_TOTAL_CENTS)
    throw new ValidationError("A single request is limited to $20,000,000; split it into several.");
  return totalCents;
}

type ScheduleLine = { id: string; itemCode: string; description: string; unit: string; unitPriceCents: number };

/** Prices each requested line from the schedule; quantities of 0 are left out. */
export function priceLines(schedule: ScheduleLine[], requested: { priceLineId: string; quantity: number }[]) {
  const byId = new Map(schedule.map((l, i) => [l.id, { ...l, position: i }]));
  const quantities = new Map<string, number>();
  for (const r of requested) {
    if (!byId.has(r.priceLineId))
      throw new ValidationError("A line is not on this contract's price schedule; reload the page.");
    quantities.set(r.priceLineId, (quantities.get(r.priceLineId) ?? 0) + r.quantity);
  }
  const lines = [...quantities]
    .filter(([, q]) => q > 0)
    .map(([id, quantity]) => {
      const l = byId.get(id)!;
      return {
        position: l.position,
        priceLineId: l.id,
        itemCode: l.itemCode,
        description: l.description,
        unit: l.unit,
        quantity,
        unitPriceCents: l.unitPriceCents,
        lineTotalCents: l.unitPriceCents * quantity,
      };
    })
    .sort((a, b) => a.position - b.position);
  if (!lines.length)
    throw new ValidationError("Enter a quantity for at least one line.", {
      lines: ["Enter a quantity for at least one line."],
    });
  return lines;
}
