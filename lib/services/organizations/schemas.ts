// What the staff directory's query string may hold; the page and its CSV export read the same filters.
import { z } from "zod";
import { Affiliation, MembershipStatus, OrgKind } from "@/lib/generated/prisma/enums";

/** The directory's filters from a query string; a value that does not parse is dropped (no filter). */
export const OrganizationFilterQuery = z.object({
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

/** The filters plus the page number (1 when missing or out of range). */
export const OrganizationListQuery = OrganizationFilterQuery.extend({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
