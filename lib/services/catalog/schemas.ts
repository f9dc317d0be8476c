// The catalog's view lives in the URL: this schema reads it (and catalogHref in rules.ts writes it back).
import { z } from "zod";
import { searchText } from "@/lib/input/text";

export const CATALOG_SORTS = ["relevance", "title", "expiring", "newest"] as const;
/** Which terms a view lists besides current contracts (the default): expired ones only, or both. */
export const CATALOG_TERMS = ["expired", "all"] as const;

/** The longest search the catalog runs; a longer one is cut there, and the page says so. */
export const CATALOG_QUERY_MAX = 200;

/**
 * Text cleaned at the boundary (lib/input/text.ts: no NUL or control characters, NFC) and cut to `max` characters;
 * empty or unparseable text (a repeated parameter, say) reads as absent.
 */
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => searchText(v, max).text || undefined);

/** A catalog view from a query string; a value that does not parse is dropped, the page falls back to 1. */
export const CatalogQuery = z.object({
  q: optionalText(CATALOG_QUERY_MAX),
  category: optionalText(100),
  vendor: optionalText(100),
  status: z.enum(["PILOT", "PROGRAM"]).optional().catch(undefined),
  expiring: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  term: z.enum(CATALOG_TERMS).optional().catch(undefined),
  sort: z.enum(CATALOG_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type CatalogFilter = z.infer<typeof CatalogQuery>;
