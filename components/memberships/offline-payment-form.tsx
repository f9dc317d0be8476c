"use client";
import { useActionState } from "react";
import { recordOfflinePaymentAction } from "@/app/actions/memberships";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextAreaField, failedOf } from "./form-bits";

export function OfflinePaymentForm({
  membershipId,
  defaultAmount,
  today,
}: {
  membershipId: string;
  defaultAmount: string;
  today: string;
}) {
  const [state, action, pending] = useActionState(recordOfflinePaymentAction, null);
  const failed = failedOf(state);
  const v = failed?.values ?? {};
  const e = failed?.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failed && <Alert tone="error">{failed.error}</Alert>}
      <input type="hidden" name="membershipId" value={membershipId} />
      <SelectField label="Method" name="method" defaultValue={v.method ?? "CHECK"} errors={e.method}>
        <option value="CHECK">Check</option>
        <option value="ACH">ACH transfer</option>
        <option value="PURCHASE_ORDER">Purchase order</option>
      </SelectField>
      <Field
        label="Amount received (USD)"
        name="amount"
        inputMode="decimal"
        defaultValue={v.amount ?? defaultAmount}
        errors={e.amount}
      />
      <Field
        label="Check, ACH trace or PO number"
        name="reference"
        defaultValue={v.reference ?? ""}
        errors={e.reference}
      />
      <Field
        label="Date received"
        name="receivedOn"
        type="date"
        defaultValue={v.receivedOn ?? today}
        errors={e.receivedOn}
      />
      <TextAreaField label="Note (optional)" name="note" defaultValue={v.note ?? ""} errors={e.note} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Recording…" : "Record payment"}
        </Button>
      </div>
    </form>
  );
}
