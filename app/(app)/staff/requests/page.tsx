import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listRequests } from "@/lib/services/requests/list-requests";
import { COUNT_CAP } from "@/lib/services/requests/list-rules";
import { listFilterOptions } from "@/lib/services/requests/list-filter-options";
import { parseListFilters } from "@/lib/services/requests/filters";
import { RequestTable, countLabel } from "@/components/requests/request-table";
import { ListFilters, Pager, listHref } from "@/components/requests/list-filters";

export const metadata: Metadata = { title: "All purchase requests" };

export default async function StaffRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/staff/requests");
  const filters = parseListFilters(await searchParams);
  const [page, options] = await loadForPage(async () => {
    assertCan(actor, "requests.view.all");
    return Promise.all([listRequests({ actor, input: filters }), listFilterOptions({ actor })]);
  });
  const count = countLabel(page.total, COUNT_CAP);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>All purchase requests</h1>
        <a
          href={listHref("/staff/requests/export", filters)}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium no-underline hover:bg-slate-100"
        >
          Export CSV
        </a>
      </div>
      <p>
        Every member&apos;s requests, newest first.{count ? ` ${count}.` : ""} The export includes every request
        matching the filters.
      </p>
      <ListFilters
        action="/staff/requests"
        values={filters}
        organizationName={page.items[0]?.organization.name}
        contracts={options.contracts.map((c) => ({ value: c.id, label: `${c.number}: ${c.title}` }))}
        vendors={options.vendors.map((v) => ({ value: v.id, label: v.name }))}
      />
      <RequestTable
        rows={page.items}
        caption="All purchase requests"
        show={{ organization: true, vendor: true }}
        empty="No requests match these filters."
        list={{ action: "/staff/requests", values: filters }}
      />
      <Pager action="/staff/requests" values={filters} nextCursor={page.nextCursor} />
    </div>
  );
}
