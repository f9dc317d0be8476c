// The catalog page reads through a shared cache: the same views are asked for again and again. Entries are keyed
// by the catalog's version, the time of its latest contract change, so every server process (and every server)
// shows a stage move at once; updateTag(CATALOG_TAG) in app/actions/programs.ts also drops this process's entries.
import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CATALOG_TAG, type CatalogFilter } from "./catalog-query";
import { catalogFacets, searchCatalog } from "./search-catalog";

const CACHE = { revalidate: 300, tags: [CATALOG_TAG] };

async function catalogVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ version: Date | null }[]>`SELECT max("updatedAt") AS "version" FROM "Contract"`;
  return row?.version?.toISOString() ?? "empty";
}

// The arguments are the cache key. The cache stores JSON, so dates travel as ISO strings and are revived here.
const searchJson = unstable_cache(
  async ({ filter }: { filter: CatalogFilter; version: string }) => {
    const result = await searchCatalog(filter);
    return {
      ...result,
      rows: result.rows.map((r) => ({ ...r, termStart: r.termStart.toISOString(), termEnd: r.termEnd.toISOString() })),
    };
  },
  ["catalog-search-v2"],
  CACHE,
);

// the arguments are the cache key: the version is there to key it, not to be read
const facetsAt = unstable_cache(async ({}: { version: string }) => catalogFacets(), ["catalog-facets-v2"], CACHE);

/** One page of the catalog and the filter form's choices, as of the catalog's current version. */
export async function cachedCatalog(filter: CatalogFilter) {
  const version = await catalogVersion();
  const [result, facets] = await Promise.all([searchJson({ filter, version }), facetsAt({ version })]);
  const rows = result.rows.map((r) => ({ ...r, termStart: new Date(r.termStart), termEnd: new Date(r.termEnd) }));
  return { result: { ...result, rows }, facets };
}
