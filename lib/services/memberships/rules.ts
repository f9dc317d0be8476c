// Pure membership rules: how names compare, what a payment shows.

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
