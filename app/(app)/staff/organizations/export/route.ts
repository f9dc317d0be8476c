// GET /staff/organizations/export: the staff directory, with the page's filters, as CSV.
import { csvHeaders, toCsv } from "@/lib/input/csv";
import { z } from "zod";
import { jsonRoute } from "@/lib/route-handler";
import { requireActor } from "@/lib/auth/session";
import { exportOrganizations } from "@/lib/services/organizations/export-organizations";
import { Affiliation, MembershipStatus, OrgKind } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";

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
});

export const GET = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  const input = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
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
    o.membership?.paidAt?.toISOString().slice(0, 10) ?? "",
    o.website,
  ]);
  return new Response(toCsv([header, ...lines], { bom: true }), {
    headers: csvHeaders(`organizations-FY${fiscalYear}.csv`),
  });
});
