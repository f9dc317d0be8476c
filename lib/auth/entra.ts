// Microsoft Entra ID sign-in: accounts are keyed by tenant id + object id, never by email,
// and only tenants an organization has allow-listed may sign in.
import { db } from "@/lib/db";

export type EntraClaims = { tid?: string; oid?: string; name?: string; email?: string; preferred_username?: string };

export function entraAccountId(claims: EntraClaims): string {
  if (!claims.tid || !claims.oid) throw new Error("Entra ID token lacks tid/oid claims.");
  return `${claims.tid}.${claims.oid}`;
}

export async function organizationsAllowingTenant(tenantId: string) {
  return db.organization.findMany({ where: { entraTenantIds: { has: tenantId } }, select: { id: true } });
}
