"use client";
import { recordOfflinePaymentAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";

/** Staff record a check, ACH transfer or purchase order received for a membership. */
export function OfflinePaymentForm({
  membershipId,
  defaultAmount,
  today,
}: {
  membershipId: string;
  defaultAmount: string;
  today: string;
}) {
  return (
    <ActionForm
      action={recordOfflinePaymentAction}
      hidden={{ membershipId }}
      fields={[
        {
          name: "method",
          label: "Method",
          type: "select",
          defaultValue: "CHECK",
          options: [
            { value: "CHECK", label: "Check" },
            { value: "ACH", label: "ACH transfer" },
            { value: "PURCHASE_ORDER", label: "Purchase order" },
          ],
        },
        { name: "amount", label: "Amount received (USD)", inputMode: "decimal", defaultValue: defaultAmount },
        { name: "reference", label: "Check, ACH trace or PO number" },
        { name: "receivedOn", label: "Date received", type: "date", defaultValue: today },
        { name: "note", label: "Note (optional)", type: "textarea" },
      ]}
      submitLabel="Record payment"
      pendingLabel="Recording…"
    />
  );
}
