// The catalog's view lives in the URL: this schema reads it and catalogHref writes it back.
import { z } from "zod";

export const CATALOG_PAGE_SIZE = 20;
export const CATALOG_SORTS = ["relevance", "title", "expiring", "newest"] as const;

export const CatalogQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  category: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  vendor: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  status: z.enum(["PILOT", "PROGRAM"]).optional().catch(undefined),
  expiring: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  sort: z.enum(CATALOG_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type CatalogFilter = z.infer<typeof CatalogQuery>;

/** The URL of a catalog view; defaults are left out so equal views have equal URLs. */
export function catalogHref(filter: Partial<CatalogFilter>, base = "/contracts") {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.category) params.set("category", filter.category);
  if (filter.vendor) params.set("vendor", filter.vendor);
  if (filter.status) params.set("status", filter.status);
  if (filter.expiring) params.set("expiring", String(filter.expiring));
  if (filter.sort) params.set("sort", filter.sort);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
