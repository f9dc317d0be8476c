import { db } from "@/lib/db";
import { assertCan, can } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";

/** Staff see every event; an organization's admin sees that organization's. */
export async function listAuditEvents({ actor, input }: VerbArgs<{ take?: number; action?: string }>) {
  assertCan(actor, "audit.view.own");
  const scope = can(actor, "audit.view.all") ? {} : { organizationId: actor.organization.id };
  return db.auditEvent.findMany({
    where: { ...scope, ...(input.action ? { action: { startsWith: input.action } } : {}) },
    orderBy: { at: "desc" },
    take: Math.min(input.take ?? 100, 500),
  });
}
