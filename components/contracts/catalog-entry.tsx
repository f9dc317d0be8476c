// One contract in the catalog's list: title, facts, summary, and the price-schedule line the search matched.
import Link from "next/link";
import { formatCalendarDate, formatCents } from "@/lib/format";
import type { CatalogEntry as Entry } from "@/lib/services/catalog/search-catalog";
import { ContractStatus } from "./contract-status";

/** `signInHref` is where an anonymous visitor signs in to see a matched line's price (null when signed in). */
export function CatalogEntry({ contract: c, signInHref }: { contract: Entry; signInHref: string | null }) {
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h2>
        <Link href={`/contracts/${c.id}`}>{c.title}</Link>
      </h2>
      <p className="text-sm text-slate-700">
        {c.number} · {c.vendorName} · {c.category} · <ContractStatus status={c.status} expired={c.expired} /> · term{" "}
        {formatCalendarDate(c.termStart)} – {formatCalendarDate(c.termEnd)}
      </p>
      <p className="mt-1">{c.summary}</p>
      {c.line && (
        <p className="mt-2 rounded-md bg-slate-50 p-2 text-sm" aria-label="Matching price line">
          On the price schedule: <strong>{c.line.itemCode}</strong> {c.line.description}
          {" · "}
          {c.line.contractPriceCents !== null ? (
            <>
              {formatCents(c.line.contractPriceCents)} {c.line.unit} (contract price to members)
            </>
          ) : signInHref ? (
            <>
              <Link href={signInHref}>Sign in</Link> as a member to see its price
            </>
          ) : (
            "prices are shared with member organizations"
          )}
        </p>
      )}
    </li>
  );
}
