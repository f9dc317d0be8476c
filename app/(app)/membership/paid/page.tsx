import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getOwnCheckoutPayment } from "@/lib/services/memberships/get-own-checkout-payment";
import { formatCents } from "@/lib/format";
import { receiptLabel } from "@/lib/labels";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Payment status" };
export const dynamic = "force-dynamic";

const Query = z.object({ session_id: z.string().min(1).max(255) });

/** Stripe redirects here after Checkout; what we show comes from our database, recorded by the webhook. */
export default async function PaidPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("/membership");
  const query = Query.safeParse(await searchParams);
  if (!query.success) return <Missing />;
  const payment = await loadForPage(() =>
    getOwnCheckoutPayment({ actor, input: { sessionId: query.data.session_id } }),
  );
  return (
    <div className="flex flex-col gap-4">
      <h1>Payment status</h1>
      {payment.status === "SUCCEEDED" && (
        <Alert tone="success" title="Payment received">
          We recorded {formatCents(payment.amountCents)} for your FY{payment.membership.fiscalYear} membership, which is{" "}
          {payment.membership.status === "ACTIVE"
            ? "now active"
            : payment.membership.status.toLowerCase().replace("_", " ")}
          . <Link href={`/membership/receipts/${payment.id}`}>View receipt {receiptLabel(payment.receiptNumber)}</Link>
        </Alert>
      )}
      {payment.status === "PENDING" && (
        <Alert tone="info" title="Payment processing">
          Stripe has not confirmed this payment yet. Card payments are confirmed within a minute; bank (ACH) payments
          take a few business days. We email you when it clears. Refresh this page to check again.
        </Alert>
      )}
      {(payment.status === "FAILED" || payment.status === "EXPIRED") && (
        <Alert tone="error" title="Payment did not go through">
          Nothing was charged. You can try again, or pay offline, from the Membership page.
        </Alert>
      )}
      <p>
        <Link href="/membership">Back to membership and fees</Link>
      </p>
    </div>
  );
}

function Missing() {
  return (
    <div className="flex flex-col gap-4">
      <h1>Payment status</h1>
      <Alert tone="warning">
        This link does not name a payment. <Link href="/membership">See your membership and receipts</Link>.
      </Alert>
    </div>
  );
}
