// The catalog's view lives in the URL: this schema reads it (and catalogHref in rules.ts writes it back).
import { z } from "zod";

export const CATALOG_SORTS = ["relevance", "title", "expiring", "newest"] as const;

/** A catalog view from a query string; a value that does not parse is dropped, the page falls back to 1. */
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
