// The catalog's view lives in the URL: this schema reads it (and catalogHref in rules.ts writes it back).
import { z } from "zod";

export const CATALOG_SORTS = ["relevance", "title", "expiring", "newest"] as const;

/** Trimmed text of at most `max` characters; empty or unparseable text reads as absent. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

/** A catalog view from a query string; a value that does not parse is dropped, the page falls back to 1. */
export const CatalogQuery = z.object({
  q: optionalText(200),
  category: optionalText(100),
  vendor: optionalText(100),
  status: z.enum(["PILOT", "PROGRAM"]).optional().catch(undefined),
  expiring: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  sort: z.enum(CATALOG_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type CatalogFilter = z.infer<typeof CatalogQuery>;
