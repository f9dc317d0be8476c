import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listRequests } from "@/lib/services/requests/list-requests";
import { COUNT_CAP } from "@/lib/services/requests/list-rules";
import { listFilterOptions } from "@/lib/services/requests/list-filter-options";
import { parseListFilters } from "@/lib/services/requests/filters";
import { RequestTable, countLabel } from "@/components/requests/request-table";
import { ListFilters, Pager } from "@/components/requests/list-filters";

export const metadata: Metadata = { title: "Request inbox" };

export default async function VendorInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/vendor/requests");
  const filters = parseListFilters(await searchParams);
  const [page, options] = await loadForPage(async () => {
    assertCan(actor, "requests.inbox");
    return Promise.all([listRequests({ actor, input: filters }), listFilterOptions({ actor })]);
  });
  const count = countLabel(page.total, COUNT_CAP);
  return (
    <div className="flex flex-col gap-4">
      <h1>Purchase request inbox</h1>
      <p>Requests members sent on your contracts, newest first.{count ? ` ${count}.` : ""}</p>
      <ListFilters
        action="/vendor/requests"
        values={filters}
        organizationName={page.items[0]?.organization.name}
        contracts={options.contracts.map((c) => ({ value: c.id, label: `${c.number}: ${c.title}` }))}
      />
      <RequestTable
        rows={page.items}
        caption="Purchase requests on your contracts"
        show={{ organization: true }}
        empty="No requests match. Requests members send on your contracts arrive here."
        list={{ action: "/vendor/requests", values: filters }}
      />
      <Pager action="/vendor/requests" values={filters} nextCursor={page.nextCursor} />
    </div>
  );
}
