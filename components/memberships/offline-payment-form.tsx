"use client";
import { recordOfflinePaymentAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";
import type { FieldSpec } from "@/components/ui/field";

const METHODS = { CHECK: "Check", ACH: "ACH transfer", PURCHASE_ORDER: "Purchase order" };

const fields = (amount: string, today: string): FieldSpec[] => [
  { name: "method", label: "Method", type: "select", defaultValue: "CHECK", options: METHODS },
  { name: "amount", label: "Amount received (USD)", inputMode: "decimal", defaultValue: amount },
  // asked by the server when the amount is not the balance due
  { name: "confirmDifferentAmount", label: "Confirm the amount", type: "checkbox", confirmation: "amount" },
  { name: "reference", label: "Check, ACH trace or PO number" },
  { name: "receivedOn", label: "Date received", type: "date", defaultValue: today },
  { name: "note", label: "Note (optional)", type: "textarea" },
];

/**
 * Staff record a check, ACH transfer or purchase order received for a membership (amount in dollars). An amount that
 * is not the balance due comes back with a checkbox to confirm it, with what was typed kept.
 */
export function OfflinePaymentForm(props: { membershipId: string; defaultAmount: string; today: string }) {
  return (
    <ActionForm
      action={recordOfflinePaymentAction}
      hidden={{ membershipId: props.membershipId }}
      fields={fields(props.defaultAmount, props.today)}
      submitLabel="Record payment"
      pendingLabel="Recording…"
    />
  );
}
