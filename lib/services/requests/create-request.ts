import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ValidationError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertMayRequest } from "./eligibility";
import type { CreateRequestInput } from "./inputs";
import { actorLabel } from "./rules";
import { applySubmission } from "./submission";

// Under a burst of submissions, wait for a pooled connection rather than fail the town's request.
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };
const MAX_TOTAL_CENTS = 2_000_000_000; // the column is a 32-bit integer: $20 million per request

export type CreatedRequest = { id: string; number: number; status: string; totalCents: number; replayed: boolean };

/**
 * Builds a request from the contract's price schedule (pilot prices for pilot participants) and, unless it is a
 * draft, submits it. The idempotency key is unique per organization: a double click, a retry or a resubmission
 * returns the request the key first created.
 */
export async function createRequest({ actor, input }: { actor: Actor | null; input: CreateRequestInput }): Promise<CreatedRequest> {
  assertCan(actor, "requests.create");
  const existing = await findByKey(actor.organization.id, input.idempotencyKey);
  if (existing) return existing;

  const contract = await assertMayRequest(actor, input.contractId);
  const lines = priceLines(contract.priceLines, input.lines);
  const totalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  if (totalCents > MAX_TOTAL_CENTS) throw new ValidationError("A single request is limited to $20,000,000; split it into several.");

  try {
    const { created, emailIds, status } = await db.$transaction(async (tx) => {
      const created = await tx.purchaseRequest.create({
        data: {
          organizationId: actor.organization.id,
          contractId: contract.id,
          vendorOrganizationId: contract.vendorOrganizationId,
          createdById: actor.userId,
          idempotencyKey: input.idempotencyKey,
          status: "DRAFT",
          poNumber: input.poNumber,
          neededBy: input.neededBy,
          notes: input.notes,
          totalCents,
          usesPilotPrices: contract.usesPilotPrices,
          lines: { createMany: { data: lines } },
          events: { create: { action: "create", toStatus: "DRAFT", actorUserId: actor.userId, actorLabel: actorLabel(actor) } },
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        organizationId: actor.organization.id,
        action: "request.create",
        entityType: "PurchaseRequest",
        entityId: created.id,
        after: { contractId: contract.id, totalCents, lines: lines.length, usesPilotPrices: contract.usesPilotPrices },
      });
      const submitted = input.submit ? await applySubmission(tx, actor, created.id, "DRAFT") : { emailIds: [], status: "DRAFT" };
      return { created, ...submitted };
    }, TX_OPTIONS);
    await deliverEmails(emailIds);
    return { ...created, status, totalCents, replayed: false };
  } catch (error) {
    // Another submission with the same key won the race: answer with its request.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByKey(actor.organization.id, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findByKey(organizationId: string, idempotencyKey: string): Promise<CreatedRequest | null> {
  const row = await db.purchaseRequest.findUnique({
    where: { organizationId_idempotencyKey: { organizationId, idempotencyKey } },
    select: { id: true, number: true, status: true, totalCents: true },
  });
  return row ? { ...row, replayed: true } : null;
}

type ScheduleLine = { id: string; itemCode: string; description: string; unit: string; unitPriceCents: number };

/** Prices each requested line from the schedule; quantities of 0 are left out. */
export function priceLines(schedule: ScheduleLine[], requested: { priceLineId: string; quantity: number }[]) {
  const byId = new Map(schedule.map((l, i) => [l.id, { ...l, position: i }]));
  const quantities = new Map<string, number>();
  for (const r of requested) {
    if (!byId.has(r.priceLineId)) throw new ValidationError("A line is not on this contract's price schedule; reload the page.");
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
  if (!lines.length) throw new ValidationError("Enter a quantity for at least one line.", { lines: ["Enter a quantity for at least one line."] });
  return lines;
}
