// A draft as its form shows it: what it says now, and whether this person may still change it.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { loadFacts } from "@/lib/services/requests/internal/load";
import { canMove } from "./rules";

export async function getDraft({ actor, input }: VerbArgs<{ requestId: string }>) {
  assertCan(actor, "requests.create");
  const facts = await loadFacts(db, actor, input.requestId); // another organization's request is a 404
  const r = await db.purchaseRequest.findUniqueOrThrow({
    where: { id: facts.id },
    select: {
      id: true,
      number: true,
      status: true,
      contractId: true,
      poNumber: true,
      neededBy: true,
      notes: true,
      lines: { select: { priceLineId: true, quantity: true } },
    },
  });
  // whoever may submit the draft may edit it: the requesting organization's people, while it is a draft
  return { ...r, editable: canMove(actor, "submit", facts) };
}
