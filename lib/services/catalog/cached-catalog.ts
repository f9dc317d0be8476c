// The public catalog page reads through a short-lived shared cache: the same views are asked for again and again,
// and a stage move (updateTag(CATALOG_TAG) in app/actions/programs.ts) refreshes them at once.
import "server-only";
import { unstable_cache } from "next/cache";
import { CATALOG_TAG, type CatalogFilter } from "./catalog-query";
import { catalogFacets, searchCatalog } from "./search-catalog";

// The cache stores JSON, so dates travel as ISO strings and are revived here.
const searchJson = unstable_cache(
  async (filter: CatalogFilter) => {
    const result = await searchCatalog(filter);
    return { ...result, rows: result.rows.map((r) => ({ ...r, termStart: r.termStart.toISOString(), termEnd: r.termEnd.toISOString() })) };
  },
  ["catalog-search-v1"],
  { revalidate: 30, tags: [CATALOG_TAG] },
);

export async function cachedSearchCatalog(filter: CatalogFilter) {
  const result = await searchJson(filter);
  return { ...result, rows: result.rows.map((r) => ({ ...r, termStart: new Date(r.termStart), termEnd: new Date(r.termEnd) })) };
}

export const cachedCatalogFacets = unstable_cache(catalogFacets, ["catalog-facets-v1"], { revalidate: 300, tags: [CATALOG_TAG] });
