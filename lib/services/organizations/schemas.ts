// What the staff directory's query string may hold (the page and its CSV export read the same filters), and the
// forms an organization's admin manages its people with.
import { z } from "zod";
import { Affiliation, MembershipStatus, OrgKind, OrgRole } from "@/lib/generated/prisma/enums";
import { searchText, textField } from "@/lib/input/text";

/** The longest directory search used; a longer one is cut, and the page says so. */
export const ORGANIZATION_QUERY_MAX = 100;

/** The directory's filters from a query string; a value that does not parse is dropped (no filter). */
export const OrganizationFilterQuery = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => searchText(v, ORGANIZATION_QUERY_MAX).text || undefined)
    .catch(undefined),
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

/** Invite a person (new or existing account) into the admin's organization with a role. */
export const InviteUserInput = z.object({
  email: z.email("Enter the person's work email address.").max(254),
  name: textField({ max: 120, min: 2, required: "Enter the person's name." }),
  role: z.enum(OrgRole, "Choose a role."),
});
/** Give a person of the organization another role. */
export const ChangeRoleInput = z.object({ userId: z.string().min(1).max(64), role: z.enum(OrgRole, "Choose a role.") });
/** Take a person out of the organization (the account stays). */
export const RemoveUserInput = z.object({ userId: z.string().min(1).max(64) });
