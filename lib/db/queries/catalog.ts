// The public catalog's statements: full-text search over the generated "searchVector" column
// (prisma/migrations/0002_catalog_search) and the filter form's choices.
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import { Prisma } from "@/lib/generated/prisma/client";
import { ProgramStage } from "@/lib/generated/prisma/enums";

export type CatalogSort = "relevance" | "title" | "expiring" | "newest";
export type CatalogSearch = {
  q?: string;
  status?: "PILOT" | "PROGRAM";
  category?: string;
  /** a vendor organization's slug */
  vendor?: string;
  /** only contracts whose term ends within this many days of `now` */
  expiring?: number;
};

const CatalogRow = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.string(),
  status: z.enum(ProgramStage),
  termStart: z.date(),
  termEnd: z.date(),
  vendorName: z.string(),
  vendorSlug: z.string(),
  rank: z.number(),
});
export type CatalogRow = z.infer<typeof CatalogRow>;
const Total = z.object({ total: z.number() });

/**
 * One page (`limit` rows from `offset`) of the contracts in PILOT and PROGRAM that match `search`, in `sort` order,
 * and how many match in all. The count and the page filter "Contract" alone; the vendor is joined for the page only.
 */
export async function searchContracts(
  search: CatalogSearch,
  page: { sort: CatalogSort; limit: number; offset: number },
  now: Date,
): Promise<{ rows: CatalogRow[]; total: number }> {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" IN ('PILOT', 'PROGRAM')`];
  const tsquery = search.q ? Prisma.sql`websearch_to_tsquery('english', ${search.q})` : null;
  if (tsquery) conditions.push(Prisma.sql`c."searchVector" @@ ${tsquery}`);
  if (search.status) conditions.push(Prisma.sql`c."status" = ${search.status}::"ProgramStage"`);
  if (search.category) conditions.push(Prisma.sql`c."category" = ${search.category}`);
  if (search.vendor)
    conditions.push(
      Prisma.sql`c."vendorOrganizationId" = (SELECT "id" FROM "Organization" WHERE "slug" = ${search.vendor})`,
    );
  if (search.expiring) {
    const until = new Date(now.getTime() + search.expiring * 86_400_000);
    conditions.push(Prisma.sql`c."termEnd" >= ${now} AND c."termEnd" <= ${until}`);
  }
  const where = Prisma.join(conditions, " AND ");
  const rank = tsquery ? Prisma.sql`ts_rank(c."searchVector", ${tsquery})` : Prisma.sql`0`;
  // the sorts without relevance follow the partial indexes of 0002_catalog_search
  const orderBy = {
    relevance: tsquery ? Prisma.sql`"rank" DESC, c."title" ASC, c."id" ASC` : Prisma.sql`c."title" ASC, c."id" ASC`,
    title: Prisma.sql`c."title" ASC, c."id" ASC`,
    expiring: Prisma.sql`c."termEnd" ASC, c."id" ASC`,
    newest: Prisma.sql`c."termStart" DESC, c."id" ASC`,
  }[page.sort];
  const outerOrder = {
    relevance: tsquery ? Prisma.sql`p."rank" DESC, c."title" ASC, c."id" ASC` : Prisma.sql`c."title" ASC, c."id" ASC`,
    title: Prisma.sql`c."title" ASC, c."id" ASC`,
    expiring: Prisma.sql`c."termEnd" ASC, c."id" ASC`,
    newest: Prisma.sql`c."termStart" DESC, c."id" ASC`,
  }[page.sort];
  // The page's ids first, from the sort's index alone, then their rows: a deep page (OFFSET in the thousands) does
  // not read the rows it skips.
  const [rows, [count]] = await Promise.all([
    sql(
      CatalogRow,
      Prisma.sql`
      SELECT p."id", c."number", c."title", c."summary", c."category", c."status", c."termStart", c."termEnd",
             o."name" AS "vendorName", o."slug" AS "vendorSlug", p."rank"
      FROM (
        SELECT c."id", ${rank}::float8 AS "rank"
        FROM "Contract" c WHERE ${where}
        ORDER BY ${orderBy}
        LIMIT ${page.limit} OFFSET ${page.offset}
      ) p JOIN "Contract" c ON c."id" = p."id" JOIN "Organization" o ON o."id" = c."vendorOrganizationId"
      ORDER BY ${outerOrder}`,
    ),
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
