// What the catalog suggests when a search finds nothing: the same search in other categories, each word alone,
// and contracts close to what was typed (pg_trgm, prisma/migrations/0004_catalog_search_config).
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import { Prisma } from "@/lib/generated/prisma/client";
import { catalogMatches, catalogPage, catalogWhere, type CatalogRow, type CatalogSearch } from "./catalog";

const Count = z.object({ category: z.string(), total: z.number() });
const Total = z.object({ total: z.number() });
const Counts = z.object({ anywhere: z.number(), withoutFilters: z.number(), expired: z.number() });

/** How many catalog contracts the search `q` finds on `today` in each category, whatever `search` names; most first. */
export async function catalogCountsByCategory(q: string, search: CatalogSearch, today: string) {
  const matches = catalogMatches(q, catalogWhere(search, today, { category: true }));
  return sql(
    Count,
    Prisma.sql`SELECT c."category", count(DISTINCT c."id")::int AS "total" FROM (${matches}) c
      GROUP BY c."category" ORDER BY 2 DESC, 1 LIMIT 5`,
  );
}

/** How many catalog contracts the search `q` finds on `today` under the filters of `search`. */
export async function catalogCount(q: string, search: CatalogSearch, today: string): Promise<number> {
  const matches = catalogMatches(q, catalogWhere(search, today));
  const [row] = await sql(Total, Prisma.sql`SELECT count(DISTINCT c."id")::int AS "total" FROM (${matches}) c`);
  return row?.total ?? 0;
}

/**
 * For the search `q` on `today`, in one pass over the contracts it matches: how many catalog contracts it finds,
 * current or expired (`anywhere`), with no filter but the term choice of `search` (`withoutFilters`), and expired
 * ones under the filters of `search` (`expired`).
 */
export async function catalogSearchCounts(q: string, search: CatalogSearch, today: string) {
  const matches = catalogMatches(q, catalogWhere({ term: "all" }, today));
  const [row] = await sql(
    Counts,
    Prisma.sql`SELECT count(DISTINCT c."id")::int AS "anywhere",
        count(DISTINCT c."id") FILTER (WHERE ${catalogWhere({ term: search.term }, today)})::int AS "withoutFilters",
        count(DISTINCT c."id") FILTER (WHERE ${catalogWhere({ ...search, term: "expired" }, today)})::int
          AS "expired"
      FROM (${matches}) c`,
  );
  return row;
}

/**
 * Up to `limit` catalog contracts on `today` whose title or a price line is close to `q` word for word (a typo),
 * under the other filters of `search`; the closest first, `rank` being the similarity (0 to 1).
 */
export async function closeContracts(
  q: string,
  search: CatalogSearch,
  today: string,
  limit: number,
): Promise<CatalogRow[]> {
  const where = catalogWhere(search, today);
  const ids = Prisma.sql`SELECT c."id", max(m."similarity") AS "rank"
    FROM catalog_close_matches(${q}) m JOIN "Contract" c ON c."id" = m."contractId"
    WHERE ${where} GROUP BY c."id" ORDER BY 2 DESC, c."title", c."id" LIMIT ${limit}`;
  return catalogPage(ids, Prisma.sql`p."rank" DESC, c."title" ASC, c."id" ASC`, undefined, today);
}
