// What the dashboards show about requests: the newest few and what is waiting for this person.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { COUNT_CAP } from "./list-rules";
import { scopeWhere } from "./rules";

const WAITING: Record<Actor["side"], PurchaseRequestStatus[]> = {
  member: ["PENDING_APPROVAL", "ACKNOWLEDGED", "ACCEPTED"],
  vendor: ["SUBMITTED", "ACKNOWLEDGED", "ACCEPTED"],
  staff: ["PENDING_APPROVAL", "SUBMITTED", "ACKNOWLEDGED", "ACCEPTED"],
};

export async function requestSummary({ actor }: { actor: Actor | null }) {
  assertCan(actor, "requests.view");
  const scope = scopeWhere(actor);
  const orderKey = actor.side === "vendor" ? "submittedAt" : "createdAt";
  const [recent, ...counts] = await Promise.all([
    db.purchaseRequest.findMany({
      where: scope,
      orderBy: [{ [orderKey]: "desc" }, { id: "desc" }],
      take: 5,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        organization: { select: { name: true } },
        contract: { select: { title: true } },
      },
    }),
    ...WAITING[actor.side].map((status) =>
      db.purchaseRequest.count({ where: { ...scope, status }, take: COUNT_CAP + 1 }),
    ),
  ]);
  return { recent, counts: WAITING[actor.side].map((status, i) => ({ status, count: counts[i] })) };
}
