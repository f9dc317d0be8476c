import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { allowedMoves, mayApprove, missingApprovals, scopeWhere } from "./rules";

/** One request with its lines, history, approvals, thread and rating, if the actor may see it (else 404). */
export async function getRequest({ actor, input }: VerbArgs<{ requestId: string }>) {
  assertCan(actor, "requests.view");
  const r = await db.purchaseRequest.findFirst({
    where: { id: input.requestId, ...scopeWhere(actor) },
    select: {
      id: true,
      number: true,
      status: true,
      organizationId: true,
      vendorOrganizationId: true,
      contractId: true,
      createdById: true,
      poNumber: true,
      neededBy: true,
      notes: true,
      totalCents: true,
      usesPilotPrices: true,
      approvalRule: true,
      submittedAt: true,
      closedReason: true,
      createdAt: true,
      organization: { select: { name: true, address: true, town: true } },
      vendorOrganization: { select: { name: true, website: true } },
      contract: { select: { number: true, title: true, termStart: true, termEnd: true, awardBasis: true } },
      createdBy: { select: { name: true, email: true, title: true } },
      lines: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          itemCode: true,
          description: true,
          unit: true,
          quantity: true,
          unitPriceCents: true,
          lineTotalCents: true,
        },
      },
      events: {
        orderBy: { at: "asc" },
        select: { id: true, action: true, fromStatus: true, toStatus: true, actorLabel: true, note: true, at: true },
      },
      approvals: {
        orderBy: { at: "asc" },
        select: { role: true, userId: true, note: true, at: true, user: { select: { name: true, email: true } } },
      },
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
          authorOrganization: { select: { name: true, kind: true } },
        },
      },
      rating: {
        select: { quality: true, timeliness: true, support: true, value: true, comment: true, createdAt: true },
      },
    },
  });
  if (!r) throw new NotFoundError();
  return {
    ...r,
    moves: allowedMoves(actor, r),
    canApprove: mayApprove(actor, r),
    missingApprovals: missingApprovals(r),
    canRate: actor.side === "member" && r.status === "FULFILLED" && !r.rating,
    canMessage: true,
  };
}

export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;
