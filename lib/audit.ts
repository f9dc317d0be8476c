// Append-only audit trail. Always called with the transaction that makes the change.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { createId } from "@/lib/ids";

export type AuditInput = {
  actorUserId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

/**
 * An event a signed-in actor causes: who and for which organization come from the actor; `entity` is
 * `[entityType, entityId]`.
 */
export type ActorEvent = Omit<AuditInput, "actorUserId" | "organizationId" | "entityType" | "entityId"> & {
  entity: [type: string, id?: string | null];
};

/** The stored row of an event at `at`: what recordAudit writes, and what a single-statement insert writes beside it. */
export function auditRow(event: AuditInput, at = new Date()) {
  return { ...event, id: createId(), at, entityId: event.entityId ?? null, ip: event.ip ?? null };
}
export type AuditRow = ReturnType<typeof auditRow>;

/** The full event of `actor`'s `event`: the actor's user, acting for the actor's organization. */
export function actorEvent(actor: Actor, { entity: [entityType, entityId], ...rest }: ActorEvent): AuditInput {
  return { actorUserId: actor.userId, organizationId: actor.organization.id, entityType, entityId, ...rest };
}

/**
 * Records one event in `tx`, the transaction that makes the change it records: either a full event, or an
 * actor and what they did (`recordAudit(tx, actor, { action, entity: ["Program", id], after })`).
 */
export function recordAudit(tx: Tx, event: AuditInput): Promise<void>;
export function recordAudit(tx: Tx, actor: Actor, event: ActorEvent): Promise<void>;
export async function recordAudit(tx: Tx, first: AuditInput | Actor, event?: ActorEvent) {
  const full = event ? actorEvent(first as Actor, event) : (first as AuditInput);
  await tx.auditEvent.create({ data: auditRow(full) });
}
