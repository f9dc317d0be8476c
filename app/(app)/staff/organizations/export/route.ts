// GET /staff/organizations/export: the staff directory, with the page's filters, as CSV.
import { csvHeaders, toCsv } from "@/lib/input/csv";
import { jsonRoute } from "@/lib/route-handler";
import { requireActor } from "@/lib/auth/session";
import { exportOrganizations } from "@/lib/services/organizations/export-organizations";
import { OrganizationFilterQuery } from "@/lib/services/organizations/schemas";
import { MEMBERSHIP_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { todayInCooperative } from "@/lib/input/date";

export const GET = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  const input = OrganizationFilterQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { fiscalYear, rows } = await exportOrganizations({ actor, input });
  const header = [
    "Name",
    "Kind",
    "Town",
    "County",
    "Planning region",
    "Population",
    "Affiliations",
    `FY${fiscalYear} membership`,
    "Fee due (USD)",
    "Paid on",
    "Website",
  ];
  const lines = rows.map((o) => [
    o.name,
    ORG_KIND_LABEL[o.kind],
    o.town,
    o.county,
    o.planningRegion,
    o.population,
    o.affiliations.join(" ") || (o.kind === "VENDOR" || o.kind === "COOPERATIVE" ? "" : "Independent"),
    o.membership ? MEMBERSHIP_STATUS_LABEL[o.membership.status] : "",
    o.membership ? (o.membership.feeDueCents / 100).toFixed(2) : "",
    // the day it was paid in Connecticut, not in UTC
    o.membership?.paidAt ? todayInCooperative(o.membership.paidAt) : "",
    o.website,
  ]);
  return new Response(toCsv([header, ...lines], { bom: true }), {
    headers: csvHeaders(`organizations-FY${fiscalYear}.csv`),
  });
});
