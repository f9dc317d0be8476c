// Append-only audit trail. Always called with the transaction that makes the change.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

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

export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({ data: { ...event, entityId: event.entityId ?? null } });
}
