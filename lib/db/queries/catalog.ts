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
 * The filters of a catalog view on `today` ("YYYY-MM-DD", the cooperative's date), over `c`: contracts in PILOT and
 * PROGRAM, current unless `term` says otherwise, then status, category, vendor and term end; the search itself
 * (`q`) is applied by catalogMatches. `without.category` leaves the category out (to count other categories).
 */
export function catalogWhere(search: CatalogSearch, today: string, without: { category?: boolean } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" IN ('PILOT', 'PROGRAM')`];
  const term = search.term ?? "current";
  if (term === "current") conditions.push(Prisma.sql`c."termEnd" >= ${today}::date`);
  if (term === "expired") conditions.push(Prisma.sql`c."termEnd" < ${today}::date`);
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
  // "IS TRUE" keeps the planner to the contract's own few lines rather than the GIN index of all lines
  const line = q
    ? Prisma.sql`LEFT JOIN LATERAL (
        SELECT l."itemCode", l."description", l."unit", l."contractPriceCents" FROM "PriceLine" l
        WHERE l."contractId" = c."id" AND (l."searchVector" @@ ${catalogTsquery(q)}) IS TRUE
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
 * The contracts `q` matches under `where` (over `c`), by their own text (`rank` from ts_rank when `ranked`) or by a
 * price line (rank 0): a contract may come twice (once per branch). Columns: id, title, termStart, termEnd,
 * status, category, vendorOrganizationId, rank. Each branch reads its own GIN index, then the few rows it found.
 */
export function catalogMatches(q: string, where: Prisma.Sql, ranked = false) {
  const tsq = catalogTsquery(q);
  const columns = Prisma.sql`c."id", c."title", c."termStart", c."termEnd", c."status", c."category",
    c."vendorOrganizationId"`;
  // The lines' hits are read once, whole (MATERIALIZED): the planner, not knowing the query, would otherwise probe
  // the GIN index once per contract, which costs seconds when thousands of lines share an item code.
  return Prisma.sql`
    WITH "lineHits" AS MATERIALIZED (SELECT "contractId" FROM "PriceLine" WHERE "searchVector" @@ ${tsq})
    SELECT ${columns}, ${ranked ? Prisma.sql`ts_rank(c."searchVector", ${tsq})` : Prisma.sql`0`} AS "rank"
    FROM "Contract" c WHERE c."searchVector" @@ ${tsq} AND ${where}
    UNION ALL
    SELECT ${columns}, 0 FROM "Contract" c WHERE c."id" IN (SELECT "contractId" FROM "lineHits") AND ${where}`;
}

/**
 * One page (`limit` rows from `offset`) of the catalog contracts that match `search` on `today`, in `sort` order,
 * and how many match in all. The page's ids come first, then their rows; without a search, the ids and the count
 * read "Contract" alone, along the sort's index (a deep page does not read the rows it skips).
 */
export async function searchContracts(
  search: CatalogSearch,
  page: { sort: CatalogSort; limit: number; offset: number },
  today: string,
): Promise<{ rows: CatalogRow[]; total: number }> {
  const order = (t: string) => {
    const by = (column: string, dir = "ASC") => Prisma.raw(`${t}."${column}" ${dir}, ${t}."id" ASC`);
    return {
      relevance: Prisma.sql`"rank" DESC, ${by("title")}`,
      title: by("title"),
      expiring: by("termEnd"),
      newest: by("termStart", "DESC"),
    }[page.sort === "relevance" && !search.q ? "title" : page.sort];
  };
  const limit = Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  let ids: Prisma.Sql;
  let count: Prisma.Sql;
  if (search.q) {
    const matches = catalogMatches(search.q, catalogWhere(search, today), true);
    ids = Prisma.sql`SELECT m."id", max(m."rank") AS "rank" FROM (${matches}) m
      GROUP BY m."id", m."title", m."termStart", m."termEnd" ORDER BY ${order("m")} ${limit}`;
    count = Prisma.sql`SELECT count(DISTINCT m."id")::int AS "total" FROM (${matches}) m`;
  } else {
    const where = catalogWhere(search, today);
    ids = Prisma.sql`SELECT c."id", 0 AS "rank" FROM "Contract" c WHERE ${where} ORDER BY ${order("c")} ${limit}`;
    count = Prisma.sql`SELECT count(*)::int AS "total" FROM "Contract" c WHERE ${where}`;
  }
  const outer =
    page.sort === "relevance" && search.q ? Prisma.sql`p."rank" DESC, c."title" ASC, c."id" ASC` : order("c");
  const [rows, [total]] = await Promise.all([catalogPage(ids, outer, search.q, today), sql(Total, count)]);
  return { rows, total: total?.total ?? 0 };
}
