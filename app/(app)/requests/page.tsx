import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan, can } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listRequests } from "@/lib/services/requests/list-requests";
import { COUNT_CAP } from "@/lib/services/requests/list-rules";
import { parseListFilters } from "@/lib/services/requests/filters";
import { RequestTable, countLabel } from "@/components/requests/request-table";
import { ListFilters, Pager } from "@/components/requests/list-filters";

export const metadata: Metadata = { title: "Purchase requests" };

export default async function RequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/requests");
  const filters = parseListFilters(await searchParams);
  const page = await loadForPage(async () => {
    assertCan(actor, "requests.view.own");
    return listRequests({ actor, input: { ...filters, organizationId: undefined } });
  });
  const count = countLabel(page.total, COUNT_CAP);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>Purchase requests</h1>
        <div className="flex flex-wrap gap-3">
          {can(actor, "requests.create") && (
            <Link
              href="/requests/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
            >
              New request
            </Link>
          )}
          <Link href="/requests/approval-rule" className="py-2">
            Approval rule
          </Link>
        </div>
      </div>
      <p>
        Requests {actor.organization.name} has built on cooperative contracts, newest first.{count ? ` ${count}.` : ""}
      </p>
      <ListFilters action="/requests" values={filters} />
      <RequestTable
        rows={page.items}
        caption={`Purchase requests of ${actor.organization.name}`}
        show={{ vendor: true }}
        empty="No requests yet. Choose New request to buy from a contract's price schedule without running your own RFP."
      />
      <Pager action="/requests" values={filters} nextCursor={page.nextCursor} />
    </div>
  );
}
