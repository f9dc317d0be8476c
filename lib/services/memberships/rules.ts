// Pure membership rules: how names compare, what a payment shows, which fiscal years the renewal job renews into.
import { fiscalYearOf, fiscalYearStart } from "@/lib/format";
import { addDays, RENEWAL_LEAD_DAYS } from "@/lib/services/fees/fee-rule";

/** Lower case, "&" as "and", punctuation and a leading "the" dropped: the form duplicates are compared in. */
export function normalizeEntityName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

export const paymentSelect = {
  id: true,
  receiptNumber: true,
  amountCents: true,
  method: true,
  status: true,
  reference: true,
  receivedAt: true,
  createdAt: true,
  stripeCheckoutSessionId: true,
  checkoutUrl: true,
} as const;

/** Fiscal years to renew into on `now`: the current one, and the next once its lead window opens. */
export function renewalYears(now: Date): number[] {
  const current = fiscalYearOf(now);
  const next = current + 1;
  return addDays(fiscalYearStart(next), -RENEWAL_LEAD_DAYS).getTime() <= now.getTime() ? [current, next] : [current];
}
