import { searchContracts } from "@/lib/db/queries/catalog";
import { CATALOG_PAGE_SIZE } from "./rules";
import type { CatalogFilter } from "./schemas";

export type { CatalogRow } from "@/lib/db/queries/catalog";

/**
 * The public catalog: contracts in PILOT and PROGRAM, PostgreSQL full-text search, filters, sorting and pagination
 * (`CATALOG_PAGE_SIZE` a page). Public by design, so it takes no actor; prices and documents are not part of it.
 */
export async function searchCatalog(filter: CatalogFilter, now = new Date()) {
  const sort = filter.sort ?? (filter.q ? "relevance" : "title");
  const offset = (filter.page - 1) * CATALOG_PAGE_SIZE;
  const { rows, total } = await searchContracts(filter, { sort, limit: CATALOG_PAGE_SIZE, offset }, now);
  return { rows, total, page: filter.page, pages: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)), sort };
}
