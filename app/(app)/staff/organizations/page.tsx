import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listOrganizations } from "@/lib/services/organizations/list-organizations";
import { ORGANIZATION_QUERY_MAX, OrganizationListQuery } from "@/lib/services/organizations/schemas";
import { searchText } from "@/lib/input/text";
import { Pager } from "@/components/ui/pager";
import { OrganizationFilters } from "@/components/organizations/organization-filters";
import { OrganizationTable } from "@/components/organizations/organization-table";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("/staff/organizations");
  const params = await searchParams;
  const input = OrganizationListQuery.parse(params);
  const queryCut = searchText(params.q, ORGANIZATION_QUERY_MAX).cut;
  const { rows, total, pages, fiscalYear } = await loadForPage(() => listOrganizations({ actor, input }));
  const { q, kind, affiliation, status, fee } = input;
  const filters = Object.fromEntries(
    Object.entries({ q, kind, affiliation, status, fee }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const pageHref = (page: number) => `/staff/organizations?${new URLSearchParams({ ...filters, page: String(page) })}`;
  return (
    <div className="flex flex-col gap-4">
      <h1>Organizations</h1>
      <OrganizationFilters input={input} fiscalYear={fiscalYear} />
      {queryCut && (
        <p role="status" className="text-slate-700">
          Only the first {ORGANIZATION_QUERY_MAX} characters of your search were used.
        </p>
      )}
      <p aria-live="polite">
        {total.toLocaleString("en-US")} organizations ·{" "}
        <a href={`/staff/organizations/export?${new URLSearchParams(filters)}`} download>
          Download these as CSV
        </a>
      </p>
      <OrganizationTable rows={rows} fiscalYear={fiscalYear} />
      <Pager page={input.page} pages={pages} href={pageHref} />
    </div>
  );
}
