// What the catalog shows when a search finds nothing (or holds nothing to search for): why, and what to try.
import Link from "next/link";
import { catalogHref } from "@/lib/services/catalog/rules";
import type { CatalogFilter } from "@/lib/services/catalog/schemas";
import type { CatalogResult } from "@/lib/services/catalog/search-catalog";
import { CatalogEntry } from "./catalog-entry";

const count = (n: number) => `${n.toLocaleString("en-US")} contract${n === 1 ? "" : "s"}`;

/** The note under an empty result: nothing to search for, or the suggestions with links to each suggested view. */
export function CatalogSuggestions({ filter, result }: { filter: CatalogFilter; result: CatalogResult }) {
  if (!result.searchable)
    return (
      <p role="status" className="rounded-md border border-slate-300 bg-white p-4">
        Your search has no letters or digits, so there is nothing to look for. Type a word (firewall), a contract number
        (CRCOG-IT-2024-11) or an item code (AP6).
      </p>
    );
  const s = result.suggestions;
  if (!s) return null;
  const view = (change: Partial<CatalogFilter>) => catalogHref({ ...filter, page: 1, ...change });
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-4">
      <p className="break-words">No contract matches “{filter.q}”. Try:</p>
      <ul className="list-disc pl-6">
        {s.words.length > 0 && (
          <li>
            fewer words:{" "}
            {s.words.map((w, i) => (
              <span key={w.word}>
                {i > 0 && ", "}
                <Link href={view({ q: w.word })}>{w.word}</Link> ({count(w.total)})
              </span>
            ))}
          </li>
        )}
        {s.categories.map((c) => (
          <li key={c.category}>
            another category: <Link href={view({ category: c.category })}>{c.category}</Link> ({count(c.total)})
          </li>
        ))}
        {s.withoutFilters > 0 && (
          <li>
            <Link href={catalogHref({ q: filter.q, term: filter.term })}>the same search without filters</Link> (
            {count(s.withoutFilters)})
          </li>
        )}
        {s.expired > 0 && (
          <li>
            <Link href={view({ term: "expired" })}>expired contracts</Link> ({count(s.expired)}); they are no longer
            open for purchases
          </li>
        )}
        <li>another spelling, a contract number (CRCOG-IT-2024-11) or an item code (AP6)</li>
        <li>
          <Link href="/contracts">the whole catalog</Link>, browsed by category
        </li>
      </ul>
      {s.close.length > 0 && (
        <>
          <p>Contracts with similar words:</p>
          <ul className="flex flex-col gap-3" aria-label="Similar contracts">
            {s.close.map((c) => (
              <CatalogEntry key={c.id} contract={c} signInHref={null} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
