// The public catalog's statements: full-text search over the generated "searchVector" column
// (prisma/migrations/0002_catalog_search) and the filter form's choices.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseFirst, parseRows } from "@/lib/db/rows";
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
const Total = z.object({ total: z.bigint() });

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
    relevance: tsquery ? Prisma.sql`p."rank" DESC, p."title" ASC, p."id" ASC` : Prisma.sql`p."title" ASC, p."id" ASC`,
    title: Prisma.sql`p."title" ASC, p."id" ASC`,
    expiring: Prisma.sql`p."termEnd" ASC, p."id" ASC`,
    newest: Prisma.sql`p."termStart" DESC, p."id" ASC`,
  }[page.sort];
  const [rows, countRows] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT p."id", p."number", p."title", p."summary", p."category", p."status", p."termStart", p."termEnd",
             o."name" AS "vendorName", o."slug" AS "vendorSlug", p."rank"
      FROM (
        SELECT c."id", c."number", c."title", c."summary", c."category", c."status", c."termStart", c."termEnd",
               c."vendorOrganizationId", ${rank}::float8 AS "rank"
        FROM "Contract" c WHERE ${where}
        ORDER BY ${orderBy}
        LIMIT ${page.limit} OFFSET ${page.offset}
      ) p JOIN "Organization" o ON o."id" = p."vendorOrganizationId"
      ORDER BY ${outerOrder}`,
    db.$queryRaw<unknown[]>`SELECT count(*) AS "total" FROM "Contract" c WHERE ${where}`,
  ]);
  return { rows: parseRows(CatalogRow, rows), total: Number(parseFirst(Total, countRows)?.total ?? 0) };
}

const Category = z.object({ category: z.string() });
const Vendor = z.object({ slug: z.string(), name: z.string() });

/** The filter form's choices: categories, and vendors (slug, name), that have contracts in PILOT or PROGRAM. */
export async function catalogChoices(): Promise<{ categories: string[]; vendors: z.infer<typeof Vendor>[] }> {
  const [categories, vendors] = await Promise.all([
    db.$queryRaw<
      unknown[]
    >`SELECT DISTINCT "category" FROM "Contract" WHERE "status" IN ('PILOT', 'PROGRAM') ORDER BY 1`,
    db.$queryRaw<unknown[]>`
      SELECT o."slug", o."name" FROM "Organization" o
      WHERE o."kind" = 'VENDOR' AND EXISTS (SELECT 1 FROM "Contract" c WHERE c."vendorOrganizationId" = o."id" AND c."status" IN ('PILOT', 'PROGRAM'))
      ORDER BY o."name"`,
  ]);
  return { categories: parseRows(Category, categories).map((c) => c.category), vendors: parseRows(Vendor, vendors) };
}
