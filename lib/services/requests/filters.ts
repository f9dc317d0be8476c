// List filters from a URL's search params (pages and the CSV export read them the same way).
import { z } from "zod";
import { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { cleanParams } from "@/lib/input/text";
import type { ListInput } from "./list-requests";

const optionalId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || undefined)
  .catch(undefined);

const ListQuery = z.object({
  status: z.enum(PurchaseRequestStatus).optional().catch(undefined),
  organizationId: optionalId,
  vendorOrganizationId: optionalId,
  contractId: optionalId,
  cursor: z.string().max(200).optional().catch(undefined),
});

export function parseListFilters(params: Record<string, string | string[] | undefined>): ListInput {
  return ListQuery.parse(cleanParams(params));
}
