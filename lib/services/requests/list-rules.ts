// Pure rules of the request lists: how far they count, the Prisma form of their scope and filters, their cursors.
import type { Actor } from "@/lib/authz/actor";
import type { RequestFilters } from "@/lib/db/queries/requests";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "./rules";

/** Counting stops here: "more than 1,000" is all a list needs, and it stays fast on millions of rows. */
export const COUNT_CAP = 1000;

/** The same scope and filters as the list's SQL (requestConditions in lib/db/queries/requests.ts), for Prisma. */
export function filterWhere(actor: Actor, f: RequestFilters): Prisma.PurchaseRequestWhereInput {
  return {
    ...scopeWhere(actor),
    ...(f.status ? { status: f.status } : {}),
    ...(f.contractId ? { contractId: f.contractId } : {}),
    ...(f.organizationId && actor.side !== "member" ? { organizationId: f.organizationId } : {}),
    ...(f.vendorOrganizationId && actor.side === "staff" ? { vendorOrganizationId: f.vendorOrganizationId } : {}),
  };
}

/** The opaque cursor of a list position: the row's time (creation or submission) and id, base64url. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

/** The position a cursor names, or null for none or one that does not parse (the list starts over). */
export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) return null;
  return { at, id };
}
