// The one authorization check. Every service verb calls assertCan first.
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/actor";
import { roleHas, type Permission } from "@/lib/authz/permissions";

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && roleHas(actor.side, actor.role, permission);
}

/** A resource that belongs to one organization; another tenant's resource is a 404. */
export type TenantResource = { organizationId: string | null };

export function assertCan(
  actor: Actor | null,
  permission: Permission,
  resource?: TenantResource,
): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (resource && actor.side !== "staff" && resource.organizationId !== actor.organization.id) {
    throw new NotFoundError();
  }
  if (!roleHas(actor.side, actor.role, permission)) throw new ForbiddenError();
}
