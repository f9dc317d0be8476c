import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { CATALOG_PAGE_SIZE, type CatalogFilter } from "./catalog-query";

export type CatalogRow = {
  id: string;
  number: string;
  title: string;
  summary: string;
  category: string;
  status: ProgramStage;
  termStart: Date;
  termEnd: Date;
  vendorName: string;
  vendorSlug: string;
  rank: number;
};

/**
 * The public catalog: contracts in PILOT and PROGRAM, PostgreSQL full-text search over the generated
 * "searchVector" column (prisma/migrations/0002_catalog_search), filters, sorting and pagination.
 * Public by design, so it takes no actor; prices and documents are not part of it.
 */
export async function searchCatalog(filter: CatalogFilter, now = new Date()) {
  // Conditions on "Contract" alone, so the count and the page never join; the vendor is joined for the page's rows only.
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" IN ('PILOT', 'PROGRAM')`];
  const tsquery = filter.q ? Prisma.sql`websearch_to_tsquery('english', ${filter.q})` : null;
  if (tsquery) conditions.push(Prisma.sql`c."searchVector" @@ ${tsquery}`);
  if (filter.status) conditions.push(Prisma.sql`c."status" = ${filter.status}::"ProgramStage"`);
  if (filter.category) conditions.push(Prisma.sql`c."category" = ${filter.category}`);
  if (filter.vendor)
    conditions.push(
      Prisma.sql`c."vendorOrganizationId" = (SELECT "id" FROM "Organization" WHERE "slug" = ${filter.vendor})`,
    );
  if (filter.expiring) {
    const until = new Date(now.getTime() + filter.expiring * 86_400_000);
    conditions.push(Prisma.sql`c."termEnd" >= ${now} AND c."termEnd" <= ${until}`);
  }
  const where = Prisma.join(conditions, " AND ");
  const sort = filter.sort ?? (filter.q ? "relevance" : "title");
  const rank = tsquery ? Prisma.sql`ts_rank(c."searchVector", ${tsquery})` : Prisma.sql`0`;
  // the sorts without relevance follow the partial indexes of 0002_catalog_search
  const orderBy = {
    relevance: tsquery ? Prisma.sql`"rank" DESC, c."title" ASC, c."id" ASC` : Prisma.sql`c."title" ASC, c."id" ASC`,
    title: Prisma.sql`c."title" ASC, c."id" ASC`,
    expiring: Prisma.sql`c."termEnd" ASC, c."id" ASC`,
    newest: Prisma.sql`c."termStart" DESC, c."id" ASC`,
  }[sort];
  const outerOrder = {
    relevance: tsquery ? Prisma.sql`p."rank" DESC, p."title" ASC, p."id" ASC` : Prisma.sql`p."title" ASC, p."id" ASC`,
    title: Prisma.sql`p."title" ASC, p."id" ASC`,
    expiring: Prisma.sql`p."termEnd" ASC, p."id" ASC`,
    newest: Prisma.sql`p."termStart" DESC, p."id" ASC`,
  }[sort];
  const offset = (filter.page - 1) * CATALOG_PAGE_SIZE;
  const [rows, countRows] = await Promise.all([
    db.$queryRaw<CatalogRow[]>`
      SELECT p."id", p."number", p."title", p."summary", p."category", p."status", p."termStart", p."termEnd",
             o."name" AS "vendorName", o."slug" AS "vendorSlug", p."rank"
      FROM (
        SELECT c."id", c."number", c."title", c."summary", c."category", c."status", c."termStart", c."termEnd",
               c."vendorOrganizationId", ${rank}::float8 AS "rank"
        FROM "Contract" c WHERE ${where}
        ORDER BY ${orderBy}
        LIMIT ${CATALOG_PAGE_SIZE} OFFSET ${offset}
      ) p JOIN "Organization" o ON o."id" = p."vendorOrganizationId"
      ORDER BY ${outerOrder}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS "total" FROM "Contract" c WHERE ${where}`,
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  return { rows, total, page: filter.page, pages: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)), sort };
}

/** The choices of the filter form: categories and vendors that have contracts in the catalog. */
export async function catalogFacets() {
  const [categories, vendors] = await Promise.all([
    db.$queryRaw<
      { category: string }[]
    >`SELECT DISTINCT "category" FROM "Contract" WHERE "status" IN ('PILOT', 'PROGRAM') ORDER BY 1`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT o."slug", o."name" FROM "Organization" o
      WHERE o."kind" = 'VENDOR' AND EXISTS (SELECT 1 FROM "Contract" c WHERE c."vendorOrganizationId" = o."id" AND c."status" IN ('PILOT', 'PROGRAM'))
      ORDER BY o."name"`,
  ]);
  return { categories: categories.map((c) => c.category), vendors };
}
