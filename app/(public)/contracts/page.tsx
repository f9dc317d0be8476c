import type { Metadata } from "next";
import Link from "next/link";
import { CatalogQuery, catalogHref } from "@/lib/services/catalog/catalog-query";
import { cachedCatalog } from "@/lib/services/catalog/cached-catalog";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Contract catalog" };

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const filter = CatalogQuery.parse(await searchParams);
  const { result, facets } = await cachedCatalog(filter);
  const select = "rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <div className="flex flex-col gap-4">
      <h1>Contract catalog</h1>
      <p className="text-slate-700">
        Contracts the cooperative has competitively awarded, open to eligible Connecticut public entities (in pilot or
        open program). Members sign in to see prices and documents.
      </p>
      <form
        method="get"
        action="/contracts"
        role="search"
        aria-label="Search contracts"
        className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <div className="flex flex-col gap-1 lg:col-span-3">
          <label htmlFor="q" className="font-medium">
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={select} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="category" className="font-medium">
            Category
          </label>
          <select id="category" name="category" defaultValue={filter.category ?? ""} className={select}>
            <option value="">All categories</option>
            {facets.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="vendor" className="font-medium">
            Vendor
          </label>
          <select id="vendor" name="vendor" defaultValue={filter.vendor ?? ""} className={select}>
            <option value="">All vendors</option>
            {facets.vendors.map((v) => (
              <option key={v.slug} value={v.slug}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">Pilot and program</option>
            <option value="PROGRAM">Program (open to all members)</option>
            <option value="PILOT">Pilot</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="expiring" className="font-medium">
            Term ends within (days)
          </label>
          <input
            id="expiring"
            name="expiring"
            type="number"
            min={1}
            max={3650}
            defaultValue={filter.expiring ?? ""}
            className={select}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sort" className="font-medium">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={filter.sort ?? ""} className={select}>
            <option value="">Best match (title when not searching)</option>
            <option value="title">Title</option>
            <option value="expiring">Term ending soonest</option>
            <option value="newest">Newest term</option>
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white">
            Search
          </button>
          <Link href="/contracts">Clear</Link>
        </div>
      </form>
      <p aria-live="polite">
        {result.total.toLocaleString("en-US")} contract{result.total === 1 ? "" : "s"}
      </p>
      <ul className="flex flex-col gap-3" aria-label="Contracts">
        {result.rows.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2>
              <Link href={`/contracts/${c.id}`}>{c.title}</Link>
            </h2>
            <p className="text-sm text-slate-700">
              {c.number} · {c.vendorName} · {c.category} · {PROGRAM_STAGE_LABEL[c.status]} · term{" "}
              {formatDate(c.termStart)} – {formatDate(c.termEnd)}
            </p>
            <p className="mt-1">{c.summary}</p>
          </li>
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
