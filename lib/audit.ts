// Append-only audit trail. Always called with the transaction that makes the change.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
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

/** The stored row of an event at `at`: what recordAudit writes, and what a single-statement insert writes beside it. */
export function auditRow(event: AuditInput, at = new Date()) {
  return { ...event, id: createId(), at, entityId: event.entityId ?? null, ip: event.ip ?? null };
}
export type AuditRow = ReturnType<typeof auditRow>;

/** Records one event in `tx`, the transaction that makes the change it records. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({ data: auditRow(event) });
}
