import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listOrganizations } from "@/lib/services/organizations/list-organizations";
import { ORG_KIND_LABEL } from "@/lib/labels";
import { OrgKind } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Organizations" };

const Query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(OrgKind).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("/staff/organizations");
  const input = Query.parse(await searchParams);
  const { rows, total, pages } = await loadForPage(() => listOrganizations({ actor, input }));
  const pageHref = (page: number) => `/staff/organizations?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), ...(input.kind ? { kind: input.kind } : {}), page: String(page) })}`;
  return (
    <div className="flex flex-col gap-4">
      <h1>Organizations</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <div className="flex flex-col">
          <label htmlFor="q" className="font-medium">Name</label>
          <input id="q" name="q" defaultValue={input.q ?? ""} className="rounded-md border border-slate-500 px-3 py-2" />
        </div>
        <div className="flex flex-col">
          <label htmlFor="kind" className="font-medium">Kind</label>
          <select id="kind" name="kind" defaultValue={input.kind ?? ""} className="rounded-md border border-slate-500 px-3 py-2">
            <option value="">All kinds</option>
            {Object.entries(ORG_KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white">Filter</button>
      </form>
      <p aria-live="polite">{total.toLocaleString("en-US")} organizations</p>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Organizations</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">Name</th>
              <th scope="col" className="p-2">Kind</th>
              <th scope="col" className="p-2">County</th>
              <th scope="col" className="p-2">Region</th>
              <th scope="col" className="p-2 text-right">Population</th>
              <th scope="col" className="p-2">Affiliations</th>
              <th scope="col" className="p-2 text-right">People</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} className="border-t border-slate-200">
                <td className="p-2">{o.name}</td>
                <td className="p-2">{ORG_KIND_LABEL[o.kind]}</td>
                <td className="p-2">{o.county ?? "—"}</td>
                <td className="p-2">{o.planningRegion ?? "—"}</td>
                <td className="p-2 text-right">{o.population?.toLocaleString("en-US") ?? "—"}</td>
                <td className="p-2">{o.affiliations.join(", ") || (o.kind === "VENDOR" || o.kind === "COOPERATIVE" ? "—" : "Independent")}</td>
                <td className="p-2 text-right">{o._count.users}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex gap-3">
        {input.page > 1 && <Link href={pageHref(input.page - 1)}>Previous page</Link>}
        <span>Page {input.page} of {pages}</span>
        {input.page < pages && <Link href={pageHref(input.page + 1)}>Next page</Link>}
      </nav>
    </div>
  );
}
