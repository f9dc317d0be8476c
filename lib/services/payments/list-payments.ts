import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";

export type PaymentLedgerFilter = { fiscalYear?: number; method?: PaymentMethod; status?: PaymentStatus };

/** Staff ledger of every membership payment, newest first, with the total received. */
export async function listPayments({ actor, input }: { actor: Actor | null; input: PaymentLedgerFilter }) {
  assertCan(actor, "payments.view.all");
  const where = {
    ...(input.fiscalYear ? { membership: { fiscalYear: input.fiscalYear } } : {}),
    ...(input.method ? { method: input.method } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.membershipPayment.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: 500,
      include: { organization: { select: { name: true } }, membership: { select: { fiscalYear: true, id: true } } },
    }),
    db.membershipPayment.aggregate({ where: { ...where, status: "SUCCEEDED" }, _sum: { amountCents: true } }),
  ]);
  return { rows, receivedCents: total._sum.amountCents ?? 0 };
}

/** A receipt: the member's own payments only (another tenant's is a 404); staff see all. */
export async function getReceipt({ actor, input }: { actor: Actor | null; input: { id: string } }) {
  if (actor?.side === "staff") assertCan(actor, "payments.view.all");
  else assertCan(actor, "membership.view.own");
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
