import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";

export type PaymentLedgerFilter = { fiscalYear?: number; method?: PaymentMethod; status?: PaymentStatus };

/** Staff ledger of every membership payment, newest first, with the total received. */
export async function listPayments({ actor, input }: VerbArgs<PaymentLedgerFilter>) {
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
