// The request lists' statements. The scope here (requestScopeSql) is the SQL form of scopeWhere in
// lib/services/requests/rules.ts, and requestConditions of filterWhere in list-rules.ts: change them together;
// tests/integration/request-scope-parity.test.ts proves both forms return the same rows.
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import type { Actor } from "@/lib/authz/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";

export type RequestFilters = {
  status?: PurchaseRequestStatus;
  organizationId?: string;
  vendorOrganizationId?: string;
  contractId?: string;
};

/** The requests an actor may see, as conditions on "PurchaseRequest" r: their organization's; a vendor's once sent. */
export function requestScopeSql(actor: Actor): Prisma.Sql[] {
  if (actor.side === "staff") return [];
  if (actor.side === "vendor")
    return [Prisma.sql`r."vendorOrganizationId" = ${actor.organization.id}`, Prisma.sql`r."submittedAt" IS NOT NULL`];
  return [Prisma.sql`r."organizationId" = ${actor.organization.id}`];
}

/** The scope and the list's filters (a member cannot filter by town, only staff by vendor). */
function requestConditions(actor: Actor, f: RequestFilters): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`TRUE`, ...requestScopeSql(actor)];
  if (f.status) c.push(Prisma.sql`r.status = ${f.status}::"PurchaseRequestStatus"`);
  if (f.contractId) c.push(Prisma.sql`r."contractId" = ${f.contractId}`);
  if (f.organizationId && actor.side !== "member") c.push(Prisma.sql`r."organizationId" = ${f.organizationId}`);
  if (f.vendorOrganizationId && actor.side === "staff")
    c.push(Prisma.sql`r."vendorOrganizationId" = ${f.vendorOrganizationId}`);
  return Prisma.join(c, " AND ");
}

const ListRow = z.object({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(PurchaseRequestStatus),
  totalCents: z.number().int(),
  poNumber: z.string().nullable(),
  neededBy: z.date().nullable(),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  organizationId: z.string(),
  organizationName: z.string(),
  vendorName: z.string(),
  contractNumber: z.string(),
  contractTitle: z.string(),
});
export type RequestListRow = z.infer<typeof ListRow>;

/**
 * Up to `take` + 1 requests in the actor's scope matching `filters`, newest first: by submission for a vendor (its
 * inbox), by creation otherwise, strictly after the cursor `after` ({ at: that order's time, id }). One statement;
 * the row comparison walks the composite index from the cursor on.
 */
export async function listRequestRows(
  actor: Actor,
  filters: RequestFilters,
  page: { after: { at: Date; id: string } | null; take: number },
): Promise<RequestListRow[]> {
  const orderKey = actor.side === "vendor" ? Prisma.sql`r."submittedAt"` : Prisma.sql`r."createdAt"`;
  const after = page.after ? Prisma.sql`(${orderKey}, r.id) < (${page.after.at}, ${page.after.id})` : Prisma.sql`TRUE`;
  return sql(
    ListRow,
    Prisma.sql`
      SELECT r.id, r.number, r.status, r."totalCents", r."poNumber", r."neededBy", r."createdAt", r."submittedAt",
             r."organizationId", o.name AS "organizationName", v.name AS "vendorName", c.number AS "contractNumber", c.title AS "contractTitle"
      FROM "PurchaseRequest" r
      JOIN "Organization" o ON o.id = r."organizationId"
      JOIN "Organization" v ON v.id = r."vendorOrganizationId"
      JOIN "Contract" c ON c.id = r."contractId"
      WHERE ${requestConditions(actor, filters)} AND ${after}
      ORDER BY ${orderKey} DESC, r.id DESC
      LIMIT ${page.take + 1}`,
  );
}

const Count = z.object({ n: z.number().int() });

/** How many requests in the actor's scope match `filters`, counting no further than `cap` + 1. */
export async function countRequestsUpTo(actor: Actor, filters: RequestFilters, cap: number): Promise<number> {
  const [row] = await sql(
    Count,
    Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "PurchaseRequest" r WHERE ${requestConditions(actor, filters)} LIMIT ${cap + 1}) s`,
  );
  return row?.n ?? 0;
}

const ContractChoice = z.object({ id: z.string(), number: z.string(), title: z.string() });
export type ContractChoice = z.infer<typeof ContractChoice>;

/** Contracts to filter a list by, by number: one vendor's own when `vendorOrganizationId` is given, else all. */
export async function contractChoices(vendorOrganizationId: string | null): Promise<ContractChoice[]> {
  const onlyOwn = vendorOrganizationId
    ? Prisma.sql`WHERE "vendorOrganizationId" = ${vendorOrganizationId}`
    : Prisma.empty;
  return sql(ContractChoice, Prisma.sql`SELECT id, number, title FROM "Contract" ${onlyOwn} ORDER BY number`);
}
