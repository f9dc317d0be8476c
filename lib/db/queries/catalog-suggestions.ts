// What the catalog suggests when a search finds nothing: the same search in other categories, each word alone,
// and contracts close to what was typed (pg_trgm, prisma/migrations/0004_catalog_search_config).
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import { Prisma } from "@/lib/generated/prisma/client";
import { catalogPage, catalogWhere, type CatalogRow, type CatalogSearch } from "./catalog";

const Count = z.object({ category: z.string(), total: z.number() });
const Total = z.object({ total: z.number() });

/** How many catalog contracts match `search` on `today` in each category, whatever category it names; most first. */
export async function catalogCountsByCategory(search: CatalogSearch, today: string) {
  return sql(
    Count,
    Prisma.sql`SELECT c."category", count(*)::int AS "total" FROM "Contract" c
      WHERE ${catalogWhere(search, today, { category: true })}
      GROUP BY c."category" ORDER BY 2 DESC, 1 LIMIT 5`,
  );
}

/** How many catalog contracts match `search` on `today`. */
export async function catalogCount(search: CatalogSearch, today: string): Promise<number> {
  const [row] = await sql(
    Total,
    Prisma.sql`SELECT count(*)::int AS "total" FROM "Contract" c WHERE ${catalogWhere(search, today)}`,
  );
  return row?.total ?? 0;
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
  const where = catalogWhere({ ...search, q: undefined }, today);
  const ids = Prisma.sql`SELECT c."id", max(m."similarity") AS "rank"
    FROM catalog_close_matches(${q}) m JOIN "Contract" c ON c."id" = m."contractId"
    WHERE ${where} GROUP BY c."id" ORDER BY 2 DESC, c."title", c."id" LIMIT ${limit}`;
  return catalogPage(ids, Prisma.sql`p."rank" DESC, c."title" ASC, c."id" ASC`, undefined, today);
}
