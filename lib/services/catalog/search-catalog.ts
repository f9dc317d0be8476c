import { searchContracts, type CatalogRow } from "@/lib/db/queries/catalog";
import type { Actor } from "@/lib/authz/actor";
import { todayInCooperative } from "@/lib/input/date";
import { seesMemberParts } from "@/lib/services/contracts/rules";
import { CATALOG_PAGE_SIZE, isSearchable } from "./rules";
import type { CatalogFilter } from "./schemas";
import { suggestSearches, type CatalogSuggestions } from "./suggest-searches";

/** A catalog contract as the viewer sees it: the matched line's price is null for those who may not see prices. */
export type CatalogEntry = Omit<CatalogRow, "line"> & {
  line: { itemCode: string; description: string; unit: string; contractPriceCents: number | null } | null;
};

/**
 * The public catalog on the cooperative's date at `now`: contracts in PILOT and PROGRAM whose term is not over
 * (unless the filter asks for expired ones), searched over their text, numbers and price-schedule lines, filtered,
 * sorted and paginated (`CATALOG_PAGE_SIZE` a page). Public by design: `viewer` only decides whether a matched
 * line's contract price shows (members, staff and the contract's own vendor). `searchable` is false when the query
 * holds no letter or digit; `suggestions` come with a search that found nothing.
 */
export async function searchCatalog(filter: CatalogFilter, now = new Date(), viewer: Actor | null = null) {
  const sort = filter.sort ?? (filter.q ? "relevance" : "title");
  const offset = (filter.page - 1) * CATALOG_PAGE_SIZE;
  const today = todayInCooperative(now);
  const searchable = !filter.q || isSearchable(filter.q);
  const { rows, total } = searchable
    ? await searchContracts(filter, { sort, limit: CATALOG_PAGE_SIZE, offset }, today)
    : { rows: [], total: 0 };
  const suggestions: CatalogSuggestions | null =
    filter.q && searchable && total === 0 ? await suggestSearches(filter, today) : null;
  const entries = (list: CatalogRow[]): CatalogEntry[] =>
    list.map((row) => ({
      ...row,
      line: row.line && {
        ...row.line,
        contractPriceCents: seesMemberParts(viewer, { vendorOrganizationId: row.vendorId })
          ? row.line.contractPriceCents
          : null,
      },
    }));
  return {
    rows: entries(rows),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)),
    sort,
    today,
    searchable,
    suggestions: suggestions && { ...suggestions, close: entries(suggestions.close) },
  };
}

export type CatalogResult = Awaited<ReturnType<typeof searchCatalog>>;
