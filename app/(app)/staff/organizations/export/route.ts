// GET /staff/organizations/export: the staff directory, with the page's filters, as CSV.
import { z } from "zod";
import { jsonRoute } from "@/lib/route-handler";
import { requireActor } from "@/lib/auth/session";
import { exportOrganizations } from "@/lib/services/organizations/list-organizations";
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

/** Quotes every cell; a leading = + - @ is neutralized so spreadsheets do not run it as a formula. */
function cell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

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
  const lines = rows.map((o) =>
    [
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
    ]
      .map(cell)
      .join(","),
  );
  return new Response([header.map(cell).join(","), ...lines].join("\r\n") + "\r\n", {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="organizations-FY${fiscalYear}.csv"`,
      "cache-control": "no-store",
    },
  });
});
