// The catalog filter form's choices: the categories and vendors that have contracts in the catalog.
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import { Prisma } from "@/lib/generated/prisma/client";

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
