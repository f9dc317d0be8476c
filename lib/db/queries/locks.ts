// Row locks taken inside a caller's transaction, so concurrent writers of one row wait for each other.
import "server-only";
import type { Tx } from "@/lib/db";

/** Locks one membership row (FOR UPDATE) until `tx` ends: serializes its payments (webhooks, staff, renewal). */
export async function lockMembership(tx: Tx, membershipId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Membership" WHERE "id" = ${membershipId} FOR UPDATE`;
}

/** Locks one organization row (FOR UPDATE) until `tx` ends: serializes changes to its people. */
export async function lockOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}
