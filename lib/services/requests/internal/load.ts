// Fetch-or-404 for one request, scoped to what the actor may see (another tenant's id is not found).
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { scopeWhere, type RequestFacts } from "@/lib/services/requests/rules";

/** The request's facts the lifecycle rules need; another tenant's request is a NotFoundError. */
export async function loadFacts(tx: Tx, actor: Actor, requestId: string): Promise<RequestFacts & { id: string }> {
  const r = await tx.purchaseRequest.findFirst({
    where: { id: requestId, ...scopeWhere(actor) },
    select: {
      id: true,
      status: true,
      organizationId: true,
      vendorOrganizationId: true,
      createdById: true,
      approvalRule: true,
      approvals: { select: { role: true, userId: true } },
    },
  });
  if (!r) throw new NotFoundError();
  return r;
}
