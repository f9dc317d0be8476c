import type { CatalogRow } from "@/lib/db/queries/catalog";
import {
  catalogCount,
  catalogCountsByCategory,
  catalogSearchCounts,
  closeContracts,
} from "@/lib/db/queries/catalog-suggestions";
import { searchWords } from "./rules";
import type { CatalogFilter } from "./schemas";

/** What to try after a search found nothing; every count is of contracts that the suggested view lists. */
export type CatalogSuggestions = {
  /** each word of a search of several words, alone, with how many contracts it finds */
  words: { word: string; total: number }[];
  /** categories where the same search finds contracts (when a category was chosen) */
  categories: { category: string; total: number }[];
  /** how many contracts the same search finds with no filter but the search itself (when a filter was set) */
  withoutFilters: number;
  /** how many expired contracts the same search finds (when only current ones were listed) */
  expired: number;
  /** when the words are found nowhere (a typo): contracts whose title or a price line is close, the closest first */
  close: CatalogRow[];
};

const CLOSE_MATCHES = 5;

/**
 * What to suggest when the catalog search `filter.q` found nothing on `today` ("YYYY-MM-DD"): fewer words, another
 * category, no filters, expired contracts, or close spellings. Public, like the catalog, so it takes no actor.
 */
export async function suggestSearches(filter: CatalogFilter, today: string): Promise<CatalogSuggestions> {
  const q = filter.q ?? "";
  const words = searchWords(q);
  const filtered = Boolean(filter.category || filter.vendor || filter.status || filter.expiring);
  const [perWord, categories, counts] = await Promise.all([
    words.length > 1
      ? Promise.all(words.map(async (word) => ({ word, total: await catalogCount(word, filter, today) })))
      : [],
    filter.category ? catalogCountsByCategory(q, filter, today) : [],
    catalogSearchCounts(q, filter, today),
  ]);
  // close spellings only when the words are found nowhere (a typo), not when a filter left nothing
  const close = counts.anywhere === 0 ? await closeContracts(q, filter, today, CLOSE_MATCHES) : [];
  return {
    words: perWord.filter((w) => w.total > 0),
    categories,
    withoutFilters: filtered ? counts.withoutFilters : 0,
    expired: filter.term ? 0 : counts.expired,
    close,
  };
}
