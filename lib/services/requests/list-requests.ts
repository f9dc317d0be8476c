import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { scopeWhere } from "./rules";

export type ListFilters = {
  status?: PurchaseRequestStatus;
  organizationId?: string;
  vendorOrganizationId?: string;
  contractId?: string;
};

export type ListInput = ListFilters & { cursor?: string; take?: number };

/** Counting stops here: "more than 1,000" is all a list needs, and it stays fast on millions of rows. */
export const COUNT_CAP = 1000;

/**
 * The requests an actor may see, newest first, with keyset (cursor) pagination on the composite indexes:
 * members their organization's (by creation), vendors their inbox (by submission), staff all (by creation).
 */
export async function listRequests({ actor, input }: { actor: Actor | null; input: ListInput }) {
  assertCan(actor, "requests.view");
  const permission = actor.side === "member" ? "requests.view.own" : actor.side === "vendor" ? "requests.inbox" : "requests.view.all";
  assertCan(actor, permission);
  const take = Math.min(Math.max(input.take ?? 25, 1), 100);
  const orderKey = actor.side === "vendor" ? "submittedAt" : "createdAt";
  const where = filterWhere(actor, input);
  const after = decodeCursor(input.cursor);
  const page = after
    ? { AND: [where, { [orderKey]: { lte: after.at } }, { OR: [{ [orderKey]: { lt: after.at } }, { [orderKey]: after.at, id: { lt: after.id } }] }] }
    : where;
  const [rows, total] = await Promise.all([
    db.purchaseRequest.findMany({
      where: page,
      orderBy: [{ [orderKey]: "desc" }, { id: "desc" }],
      take: take + 1,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        poNumber: true,
        neededBy: true,
        createdAt: true,
        submittedAt: true,
        organization: { select: { name: true } },
        vendorOrganization: { select: { name: true } },
        contract: { select: { number: true, title: true } },
      },
    }),
    input.cursor ? Promise.resolve(null) : db.purchaseRequest.count({ where, take: COUNT_CAP + 1 }),
  ]);
  const more = rows.length > take;
  const items = more ? rows.slice(0, take) : rows;
  const last = items.at(-1);
  const lastAt = last ? (orderKey === "submittedAt" ? last.submittedAt : last.createdAt) : null;
  return {
    items,
    nextCursor: more && last && lastAt ? encodeCursor(lastAt, last.id) : null,
    /** null on later pages; COUNT_CAP + 1 means "more than COUNT_CAP". */
    total,
  };
}

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
