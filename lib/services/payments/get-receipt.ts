import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

/** A receipt: the member's own payments only (another tenant's is a 404); staff see all. */
export async function getReceipt({ actor, input }: VerbArgs<{ id: string }>) {
  assertCan(actor, actor?.side === "staff" ? "payments.view.all" : "membership.view.own");
  const payment = await db.membershipPayment.findFirst({
    where: {
      id: input.id,
      status: "SUCCEEDED",
      ...(actor.side === "staff" ? {} : { organizationId: actor.organization.id }),
    },
    include: {
      organization: { select: { name: true, address: true, town: true } },
      membership: { select: { fiscalYear: true, feeDueCents: true } },
    },
  });
  if (!payment) throw new NotFoundError();
  return payment;
}
