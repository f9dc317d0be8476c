import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listOrganizations } from "@/lib/services/organizations/list-organizations";
import { MEMBERSHIP_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { Affiliation, MembershipStatus, OrgKind } from "@/lib/generated/prisma/enums";
import { formatCents } from "@/lib/format";
import { SCROLL_REGION } from "@/components/ui/scroll-region";
import { FilterForm } from "@/components/ui/filter-form";
import { labelOptions } from "@/components/ui/field";

export const metadata: Metadata = { title: "Organizations" };

const Query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(OrgKind).optional().catch(undefined),
  affiliation: z
    .enum([...Object.values(Affiliation), "INDEPENDENT"])
    .optional()
    .catch(undefined),
  status: z
    .enum([...Object.values(MembershipStatus), "NONE"])
    .optional()
    .catch(undefined),
  fee: z.enum(["due", "paid", "none"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("/staff/organizations");
  const input = Query.parse(await searchParams);
  const { rows, total, pages, fiscalYear } = await loadForPage(() => listOrganizations({ actor, input }));
  const filters = Object.fromEntries(
    Object.entries({
      q: input.q,
      kind: input.kind,
      affiliation: input.affiliation,
      status: input.status,
      fee: input.fee,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const pageHref = (page: number) => `/staff/organizations?${new URLSearchParams({ ...filters, page: String(page) })}`;
  return (
    <div className="flex flex-col gap-4">
      <h1>Organizations</h1>
      <FilterForm
        fields={[
          { name: "q", label: "Name", defaultValue: input.q },
          {
            name: "kind",
            label: "Kind",
            type: "select",
            defaultValue: input.kind,
            options: [{ value: "", label: "All kinds" }, ...labelOptions(ORG_KIND_LABEL)],
          },
          {
            name: "affiliation",
            label: "Affiliation",
            type: "select",
            defaultValue: input.affiliation,
            options: [
              { value: "", label: "Any" },
              ...["CRCOG", "CRPC", "COST"].map((a) => ({ value: a, label: a })),
              { value: "INDEPENDENT", label: "Independent" },
            ],
          },
          {
            name: "status",
            label: `FY${fiscalYear} membership`,
            type: "select",
            defaultValue: input.status,
            options: [
              { value: "", label: "Any" },
              ...labelOptions(MEMBERSHIP_STATUS_LABEL),
              { value: "NONE", label: "No membership" },
            ],
          },
          {
            name: "fee",
            label: "Fee",
            type: "select",
            defaultValue: input.fee,
            options: [
              { value: "", label: "Any" },
              { value: "due", label: "Due, unpaid" },
              { value: "paid", label: "Paid" },
              { value: "none", label: "No fee" },
            ],
          },
        ]}
      />
      <p aria-live="polite">
        {total.toLocaleString("en-US")} organizations ·{" "}
        <a href={`/staff/organizations/export?${new URLSearchParams(filters)}`} download>
          Download these as CSV
        </a>
      </p>
      <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Organizations</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Kind
              </th>
              <th scope="col" className="p-2">
                County
              </th>
              <th scope="col" className="p-2">
                Region
              </th>
              <th scope="col" className="p-2 text-right">
                Population
              </th>
              <th scope="col" className="p-2">
                Affiliations
              </th>
              <th scope="col" className="p-2 text-right">
                People
              </th>
              <th scope="col" className="p-2">
                FY{fiscalYear} membership
              </th>
              <th scope="col" className="p-2 text-right">
                Fee
              </th>
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
                <td className="p-2">
                  {o.affiliations.join(", ") || (o.kind === "VENDOR" || o.kind === "COOPERATIVE" ? "—" : "Independent")}
                </td>
                <td className="p-2 text-right">{o._count.users}</td>
                <td className="p-2">
                  {o.membership ? (
                    <Link href={`/staff/memberships/${o.membership.id}`}>
                      {MEMBERSHIP_STATUS_LABEL[o.membership.status]}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="p-2 text-right">
                  {o.membership
                    ? `${formatCents(o.membership.feeDueCents)}${o.membership.feeDueCents > 0 ? (o.membership.paidAt ? " paid" : " due") : ""}`
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex gap-3">
        {input.page > 1 && <Link href={pageHref(input.page - 1)}>Previous page</Link>}
        <span>
          Page {input.page} of {pages}
        </span>
        {input.page < pages && <Link href={pageHref(input.page + 1)}>Next page</Link>}
      </nav>
    </div>
  );
}
