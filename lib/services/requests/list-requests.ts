import { countRequestsUpTo, listRequestRows, type RequestFilters } from "@/lib/db/queries/requests";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "./rules";

export type ListFilters = RequestFilters;

export type ListInput = ListFilters & { cursor?: string; take?: number };

/** Counting stops here: "more than 1,000" is all a list needs, and it stays fast on millions of rows. */
export const COUNT_CAP = 1000;

/**
 * The requests an actor may see, newest first, with keyset (cursor) pagination on the composite indexes:
 * members their organization's (by creation), vendors their inbox (by submission), staff all (by creation).
 */
export async function listRequests({ actor, input }: { actor: Actor | null; input: ListInput }) {
  assertCan(actor, "requests.view");
  const permission =
    actor.side === "member" ? "requests.view.own" : actor.side === "vendor" ? "requests.inbox" : "requests.view.all";
  assertCan(actor, permission);
  const take = Math.min(Math.max(input.take ?? 25, 1), 100);
  const [rows, total] = await Promise.all([
    listRequestRows(actor, input, { after: decodeCursor(input.cursor), take }),
    input.cursor ? Promise.resolve(null) : countRequestsUpTo(actor, input, COUNT_CAP),
  ]);
  const more = rows.length > take;
  const items = (more ? rows.slice(0, take) : rows).map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    totalCents: r.totalCents,
    poNumber: r.poNumber,
    neededBy: r.neededBy,
    createdAt: r.createdAt,
    submittedAt: r.submittedAt,
    organization: { id: r.organizationId, name: r.organizationName },
    vendorOrganization: { name: r.vendorName },
    contract: { number: r.contractNumber, title: r.contractTitle },
  }));
  const last = items.at(-1);
  const lastAt = last ? (actor.side === "vendor" ? last.submittedAt : last.createdAt) : null;
  return {
    items,
    nextCursor: more && last && lastAt ? encodeCursor(lastAt, last.id) : null,
    /** null on later pages; COUNT_CAP + 1 means "more than COUNT_CAP". */
    total,
  };
}

/** The same scope and filters as the list's SQL (requestConditions in lib/db/queries/requests.ts), for Prisma. */
export function filterWhere(actor: Actor, f: ListFilters): Prisma.PurchaseRequestWhereInput {
  return {
    ...scopeWhere(actor),
    ...(f.status ? { status: f.status } : {}),
    ...(f.contractId ? { contractId: f.contractId } : {}),
    ...(f.organizationId && actor.side !== "member" ? { organizationId: f.organizationId } : {}),
    ...(f.vendorOrganizationId && actor.side === "staff" ? { vendorOrganizationId: f.vendorOrganizationId } : {}),
  };
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) return null;
  return { at, id };
}
