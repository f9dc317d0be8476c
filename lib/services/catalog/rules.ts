// Pure catalog rules: how many contracts a page shows, the URL of a view (the inverse of CatalogQuery), and what a
// typed search holds.
import type { CatalogFilter } from "./schemas";

/** Contracts on one catalog page. */
export const CATALOG_PAGE_SIZE = 20;

/** The URL of a catalog view; defaults are left out so equal views have equal URLs. */
export function catalogHref(filter: Partial<CatalogFilter>, base = "/contracts") {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.category) params.set("category", filter.category);
  if (filter.vendor) params.set("vendor", filter.vendor);
  if (filter.status) params.set("status", filter.status);
  if (filter.expiring) params.set("expiring", String(filter.expiring));
  if (filter.term) params.set("term", filter.term);
  if (filter.sort) params.set("sort", filter.sort);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** Whether a typed search holds anything to look for: a letter or a digit ("!!!" and "--" do not). */
export function isSearchable(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/** The distinct searchable words of a typed search, at most `max`, in the order typed (for "fewer words"). */
export function searchWords(q: string, max = 4): string[] {
  const words = q.split(/\s+/).filter(isSearchable);
  return [...new Set(words.map((w) => w.replace(/^["'(]+|["'),.;:!?]+$/g, "")))].filter(isSearchable).slice(0, max);
}
