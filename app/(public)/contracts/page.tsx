import type { Metadata } from "next";
import Link from "next/link";
import { CATALOG_QUERY_MAX, CatalogQuery } from "@/lib/services/catalog/schemas";
import { searchText } from "@/lib/input/text";
import { catalogHref } from "@/lib/services/catalog/rules";
import { catalogFacets } from "@/lib/services/catalog/catalog-facets";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { getActor } from "@/lib/auth/session";
import { FilterForm } from "@/components/ui/filter-form";
import { CatalogEntry } from "@/components/contracts/catalog-entry";
import { CatalogSuggestions } from "@/components/contracts/catalog-suggestions";

export const metadata: Metadata = { title: "Contract catalog" };

const STATUS_CHOICES = { PROGRAM: "Program (open to all members)", PILOT: "Pilot" };
const TERM_CHOICES = { expired: "Expired contracts", all: "Current and expired" };
const SORT_CHOICES = {
  "": "Best match (title when not searching)",
  title: "Title",
  expiring: "Term ending soonest",
  newest: "Newest term",
};

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const filter = CatalogQuery.parse(params);
  const queryCut = searchText(params.q, CATALOG_QUERY_MAX).cut;
  // read afresh on every request; a CDN in front may keep the anonymous page for 30 s (next.config.ts)
  const actor = await getActor();
  const [result, facets] = await Promise.all([searchCatalog(filter, new Date(), actor), catalogFacets()]);
  const categories = facets.categories.map((c) => ({ value: c, label: c }));
  const vendors = facets.vendors.map((v) => ({ value: v.slug, label: v.name }));
  return (
    <div className="flex flex-col gap-4">
      <h1>Contract catalog</h1>
      <p className="text-slate-700">
        Contracts the cooperative has competitively awarded, open to eligible Connecticut public entities (in pilot or
        open program).{actor ? "" : " Members sign in to see prices and documents."}
      </p>
      <FilterForm
        action="/contracts"
        search="Search contracts"
        submitLabel="Search"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        values={filter}
        fields={[
          { name: "q", label: "Search", type: "search", className: "lg:col-span-3" },
          { name: "category", label: "Category", type: "select", empty: "All categories", options: categories },
          { name: "vendor", label: "Vendor", type: "select", empty: "All vendors", options: vendors },
          { name: "status", label: "Status", type: "select", empty: "Pilot and program", options: STATUS_CHOICES },
          { name: "expiring", label: "Term ends within (days)", type: "number", min: 1, max: 3650 },
          { name: "term", label: "Term", type: "select", empty: "Current contracts", options: TERM_CHOICES },
          { name: "sort", label: "Sort by", type: "select", options: SORT_CHOICES },
        ]}
      >
        <Link href="/contracts">Clear</Link>
      </FilterForm>
      {queryCut && (
        <p role="status" className="text-slate-700">
          Only the first {CATALOG_QUERY_MAX} characters of your search were used.
        </p>
      )}
      <p aria-live="polite">
        {result.total.toLocaleString("en-US")} contract{result.total === 1 ? "" : "s"}
      </p>
      {result.total === 0 && <CatalogSuggestions filter={filter} result={result} />}
      <ul className="flex flex-col gap-3" aria-label="Contracts">
        {result.rows.map((c) => (
          <CatalogEntry
            key={c.id}
            contract={c}
            signInHref={actor ? null : `/sign-in?callbackUrl=${encodeURIComponent(`/contracts/${c.id}`)}`}
          />
        ))}
      </ul>
      <nav aria-label="Pagination" className="flex flex-wrap gap-3">
        {result.page > 1 && <Link href={catalogHref({ ...filter, page: result.page - 1 })}>Previous page</Link>}
        <span>
          Page {result.page} of {result.pages}
        </span>
        {result.page < result.pages && <Link href={catalogHref({ ...filter, page: result.page + 1 })}>Next page</Link>}
      </nav>
    </div>
  );
}
