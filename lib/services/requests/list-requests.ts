import { sql } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { scopeSql, scopeWhere } from "./rules";

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
  const permission =
    actor.side === "member" ? "requests.view.own" : actor.side === "vendor" ? "requests.inbox" : "requests.view.all";
  assertCan(actor, permission);
  const take = Math.min(Math.max(input.take ?? 25, 1), 100);
  const orderKey = actor.side === "vendor" ? Prisma.sql`r."submittedAt"` : Prisma.sql`r."createdAt"`;
  const conds = sqlConditions(actor, input);
  const after = decodeCursor(input.cursor);
  // one statement with its joins: the row comparison walks the composite index from the cursor on
  const pageConds = after ? [...conds, Prisma.sql`(${orderKey}, r.id) < (${after.at}, ${after.id})`] : conds;
  const where = Prisma.join(pageConds, " AND ");
  const [rows, total] = await Promise.all([
    sql<RawRow>(Prisma.sql`
      SELECT r.id, r.number, r.status, r."totalCents", r."poNumber", r."neededBy", r."createdAt", r."submittedAt",
             r."organizationId", o.name AS "organizationName", v.name AS "vendorName", c.number AS "contractNumber", c.title AS "contractTitle"
      FROM "PurchaseRequest" r
      JOIN "Organization" o ON o.id = r."organizationId"
      JOIN "Organization" v ON v.id = r."vendorOrganizationId"
      JOIN "Contract" c ON c.id = r."contractId"
      WHERE ${where}
      ORDER BY ${orderKey} DESC, r.id DESC
      LIMIT ${take + 1}`),
    input.cursor
      ? Promise.resolve(null)
      : sql<{ n: number }>(
          Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "PurchaseRequest" r WHERE ${Prisma.join(conds, " AND ")} LIMIT ${COUNT_CAP + 1}) s`,
        ).then((x) => x[0].n),
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

type RawRow = {
  id: string;
  number: number;
  status: PurchaseRequestStatus;
  totalCents: number;
  poNumber: string | null;
  neededBy: Date | null;
  createdAt: Date;
  submittedAt: Date | null;
  organizationId: string;
  organizationName: string;
  vendorName: string;
  contractNumber: string;
  contractTitle: string;
};

/** The same scope and filters as filterWhere, as SQL for the list's single statement. */
function sqlConditions(actor: Actor, f: ListFilters): Prisma.Sql[] {
  const c: Prisma.Sql[] = [Prisma.sql`TRUE`, ...scopeSql(actor)];
  if (f.status) c.push(Prisma.sql`r.status = ${f.status}::"PurchaseRequestStatus"`);
  if (f.contractId) c.push(Prisma.sql`r."contractId" = ${f.contractId}`);
  if (f.organizationId && actor.side !== "member") c.push(Prisma.sql`r."organizationId" = ${f.organizationId}`);
  if (f.vendorOrganizationId && actor.side === "staff")
    c.push(Prisma.sql`r."vendorOrganizationId" = ${f.vendorOrganizationId}`);
  return c;
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
