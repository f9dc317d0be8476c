import { countRequestsUpTo, listRequestRows, type RequestFilters } from "@/lib/db/queries/requests";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { COUNT_CAP, decodeCursor, encodeCursor } from "./list-rules";

export type ListFilters = RequestFilters;

export type ListInput = ListFilters & { cursor?: string; take?: number };

/**
 * The requests an actor may see, newest first, with keyset (cursor) pagination on the composite indexes:
 * members their organization's (by creation), vendors their inbox (by submission), staff all (by creation).
 */
export async function listRequests({ actor, input }: { actor: Actor | null; input: ListInput }) {
  assertCan(actor, "requests.view");
  const permission =
    actor.side === "member" ? "requests.view.own" : actor.side === "vendor" ? "requests.inbox" : "requests.view.all";
  assertCan(actor, permission);
  const take = Math.min(Math.max(input.take ?? 25, 1), 100);
  const [rows, total] = await Promise.all([
    listRequestRows(actor, input, { after: decodeCursor(input.cursor), take }),
    input.cursor ? Promise.resolve(null) : countRequestsUpTo(actor, input, COUNT_CAP),
  ]);
  const more = rows.length > take;
  const items = (more ? rows.slice(0, take) : rows).map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    totalCents: r.totalCents,
    poNumber: r.poNumber,
    neededBy: r.neededBy,
    createdAt: r.createdAt,
    submittedAt: r.submittedAt,
    organization: { id: r.organizationId, name: r.organizationName },
    vendorOrganization: { name: r.vendorName },
    contract: { number: r.contractNumber, title: r.contractTitle },
  }));
  const last = items.at(-1);
  const lastAt = last ? (actor.side === "vendor" ? last.submittedAt : last.createdAt) : null;
  return {
    items,
    nextCursor: more && last && lastAt ? encodeCursor(lastAt, last.id) : null,
    /** null on later pages; COUNT_CAP + 1 means "more than COUNT_CAP". */
    total,
  };
}
