// The public catalog's statements: search with the "catalog" text search configuration over contracts and their
// price-schedule lines (prisma/migrations/0004_catalog_search_config: words, joined hyphenations, codes by prefix),
// filters on the contract's term (today's date in the cooperative), and the filter form's choices.
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import { Prisma } from "@/lib/generated/prisma/client";
import { ProgramStage } from "@/lib/generated/prisma/enums";

export type CatalogSort = "relevance" | "title" | "expiring" | "newest";
/** Current contracts (term not over, the default), expired ones, or both. */
export type CatalogTerm = "current" | "expired" | "all";
export type CatalogSearch = {
  q?: string;
  status?: "PILOT" | "PROGRAM";
  category?: string;
  /** a vendor organization's slug */
  vendor?: string;
  /** only contracts whose term ends within this many days of today */
  expiring?: number;
  term?: CatalogTerm;
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Row = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.string(),
  status: z.enum(ProgramStage),
  termStart: day,
  termEnd: day,
  expired: z.boolean(),
  vendorId: z.string(),
  vendorName: z.string(),
  vendorSlug: z.string(),
  rank: z.number(),
  lineItemCode: z.string().nullable(),
  lineDescription: z.string().nullable(),
  lineUnit: z.string().nullable(),
  linePriceCents: z.number().nullable(),
});
/** A price-schedule line that matched the search: its code, description, unit and contract price (cents). */
export type MatchedLine = { itemCode: string; description: string; unit: string; contractPriceCents: number };
/** One contract of a catalog page; `termStart`/`termEnd` are "YYYY-MM-DD"; `line` is the best-matching line. */
export type CatalogRow = Omit<
  z.infer<typeof Row>,
  "lineItemCode" | "lineDescription" | "lineUnit" | "linePriceCents"
> & {
  line: MatchedLine | null;
};
const Total = z.object({ total: z.number() });

/** The search's tsquery, computed once per statement (an InitPlan) rather than once per row. */
export const catalogTsquery = (q: string) => Prisma.sql`(SELECT catalog_query(${q}))`;

/**
 * The WHERE clause of a catalog view on `today` ("YYYY-MM-DD", the cooperative's date): contracts in PILOT and
 * PROGRAM, current unless `term` says otherwise, matching `q` in their own text or in one of their price lines.
 * `without` leaves filters out (the suggestions count the same search in every category).
 */
export function catalogWhere(search: CatalogSearch, today: string, without: { category?: boolean } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" IN ('PILOT', 'PROGRAM')`];
  const term = search.term ?? "current";
  if (term === "current") conditions.push(Prisma.sql`c."termEnd" >= ${today}::date`);
  if (term === "expired") conditions.push(Prisma.sql`c."termEnd" < ${today}::date`);
  if (search.q) {
    const tsq = catalogTsquery(search.q);
    conditions.push(Prisma.sql`c."id" IN (
      SELECT "id" FROM "Contract" WHERE "searchVector" @@ ${tsq}
      UNION SELECT "contractId" FROM "PriceLine" WHERE "searchVector" @@ ${tsq})`);
  }
  if (search.status) conditions.push(Prisma.sql`c."status" = ${search.status}::"ProgramStage"`);
  if (search.category && !without.category) conditions.push(Prisma.sql`c."category" = ${search.category}`);
  if (search.vendor)
    conditions.push(
      Prisma.sql`c."vendorOrganizationId" = (SELECT "id" FROM "Organization" WHERE "slug" = ${search.vendor})`,
    );
  if (search.expiring)
    conditions.push(
      Prisma.sql`c."termEnd" >= ${today}::date AND c."termEnd" <= ${today}::date + ${search.expiring}::int`,
    );
  return Prisma.join(conditions, " AND ");
}

/**
 * The rows of one catalog page: `ids` is a subquery of `"id"` and `"rank"` (in page order, limited); each row comes
 * with its vendor and, when `q` is given, its best-matching price line. Ordered by `order` (over `p` and `c`).
 */
export async function catalogPage(ids: Prisma.Sql, order: Prisma.Sql, q: string | undefined, today: string) {
  const line = q
    ? Prisma.sql`LEFT JOIN LATERAL (
        SELECT l."itemCode", l."description", l."unit", l."contractPriceCents" FROM "PriceLine" l
        WHERE l."contractId" = c."id" AND l."searchVector" @@ ${catalogTsquery(q)}
        ORDER BY ts_rank(l."searchVector", ${catalogTsquery(q)}) DESC, l."position" LIMIT 1) m ON true`
    : Prisma.sql`LEFT JOIN (SELECT NULL::text AS "itemCode", NULL::text AS "description", NULL::text AS "unit",
        NULL::int AS "contractPriceCents") m ON true`;
  const rows = await sql(
    Row,
    Prisma.sql`
    SELECT p."id", c."number", c."title", c."summary", c."category", c."status",
           to_char(c."termStart", 'YYYY-MM-DD') AS "termStart", to_char(c."termEnd", 'YYYY-MM-DD') AS "termEnd",
           c."termEnd" < ${today}::date AS "expired",
           o."id" AS "vendorId", o."name" AS "vendorName", o."slug" AS "vendorSlug", p."rank"::float8 AS "rank",
           m."itemCode" AS "lineItemCode", m."description" AS "lineDescription", m."unit" AS "lineUnit",
           m."contractPriceCents" AS "linePriceCents"
    FROM (${ids}) p JOIN "Contract" c ON c."id" = p."id" JOIN "Organization" o ON o."id" = c."vendorOrganizationId"
    ${line}
    ORDER BY ${order}`,
  );
  return rows.map(({ lineItemCode, lineDescription, lineUnit, linePriceCents, ...row }): CatalogRow => {
    const line =
      lineItemCode === null
        ? null
        : {
            itemCode: lineItemCode,
            description: lineDescription ?? "",
            unit: lineUnit ?? "",
            contractPriceCents: linePriceCents ?? 0,
          };
    return { ...row, line };
  });
}

/**
 * One page (`limit` rows from `offset`) of the catalog contracts that match `search` on `today`, in `sort` order,
 * and how many match in all. The count and the page's ids filter "Contract" alone; the rest is read for the page.
 */
export async function searchContracts(
  search: CatalogSearch,
  page: { sort: CatalogSort; limit: number; offset: number },
  today: string,
): Promise<{ rows: CatalogRow[]; total: number }> {
  const where = catalogWhere(search, today);
  const rank = search.q ? Prisma.sql`ts_rank(c."searchVector", ${catalogTsquery(search.q)})` : Prisma.sql`0`;
  const byTitle = Prisma.sql`c."title" ASC, c."id" ASC`;
  // the sorts without relevance follow the catalog's partial indexes
  const orderBy = {
    relevance: search.q ? Prisma.sql`"rank" DESC, ${byTitle}` : byTitle,
    title: byTitle,
    expiring: Prisma.sql`c."termEnd" ASC, c."id" ASC`,
    newest: Prisma.sql`c."termStart" DESC, c."id" ASC`,
  }[page.sort];
  const outerOrder = page.sort === "relevance" && search.q ? Prisma.sql`p."rank" DESC, ${byTitle}` : orderBy;
  // The page's ids first, from the sort's index alone, then their rows: a deep page (OFFSET in the thousands) does
  // not read the rows it skips.
  const ids = Prisma.sql`SELECT c."id", ${rank} AS "rank" FROM "Contract" c WHERE ${where}
    ORDER BY ${orderBy} LIMIT ${page.limit} OFFSET ${page.offset}`;
  const [rows, [count]] = await Promise.all([
    catalogPage(ids, outerOrder, search.q, today),
    sql(Total, Prisma.sql`SELECT count(*)::int AS "total" FROM "Contract" c WHERE ${where}`),
  ]);
  return { rows, total: count?.total ?? 0 };
}

const Category = z.object({ category: z.string() });
const Vendor = z.object({ slug: z.string(), name: z.string() });

/** The filter form's choices: categories, and vendors (slug, name), that have contracts in PILOT or PROGRAM. */
export async function catalogChoices(): Promise<{ categories: string[]; vendors: z.infer<typeof Vendor>[] }> {
  // Both read an index per answer rather than every contract: categories skip from one to the next along the
  // catalog's category index; each vendor is probed for one contract in the catalog.
  const [categories, vendors] = await Promise.all([
    sql(
      Category,
      Prisma.sql`
      WITH RECURSIVE c AS (
        (SELECT "category" FROM "Contract" WHERE "status" IN ('PILOT', 'PROGRAM') ORDER BY "category" LIMIT 1)
        UNION ALL
        SELECT (SELECT n."category" FROM "Contract" n
                WHERE n."status" IN ('PILOT', 'PROGRAM') AND n."category" > c."category" ORDER BY n."category" LIMIT 1)
        FROM c WHERE c."category" IS NOT NULL
      )
      SELECT "category" FROM c WHERE "category" IS NOT NULL`,
    ),
    sql(
      Vendor,
      Prisma.sql`
      SELECT o."slug", o."name" FROM "Organization" o
      WHERE o."kind" = 'VENDOR' AND (SELECT 1 FROM "Contract" c WHERE c."vendorOrganizationId" = o."id"
                                       AND c."status" IN ('PILOT', 'PROGRAM') LIMIT 1) IS NOT NULL
      ORDER BY o."name"`,
    ),
  ]);
  return { categories: categories.map((c) => c.category), vendors };
}
