"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props<T> = {
  action: (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>;
  threshold: string;
  approvers: string;
};

export function ApprovalRuleForm<T>({ action, threshold, approvers }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const t = failed?.values?.threshold ?? threshold;
  const a = failed?.values?.approvers ?? approvers;
  const err = failed?.fieldErrors?.threshold?.join(" ");
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3">
      {failed && <Alert tone="error">{failed.error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      <div className="flex flex-col gap-1">
        <label htmlFor="rule-threshold" className="font-medium">
          Approval threshold (dollars)
        </label>
        <p id="rule-threshold-hint" className="text-sm text-slate-700">
          Requests above this total wait for approval. Leave empty: no request needs approval.
        </p>
        <input
          key={`t-${t}`}
          id="rule-threshold"
          name="threshold"
          defaultValue={t}
          inputMode="decimal"
          aria-describedby={`rule-threshold-hint${err ? " rule-threshold-error" : ""}`}
          aria-invalid={err ? true : undefined}
          className="rounded-md border border-slate-500 bg-white px-3 py-2"
        />
        {err && (
          <p id="rule-threshold-error" className="text-sm text-red-800">
            {err}
          </p>
        )}
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Who approves</legend>
        {Object.entries(APPROVAL_RULE_LABEL).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input key={`a-${a}`} type="radio" name="approvers" value={value} defaultChecked={a === value} />
            {label}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save approval rule"}
        </Button>
      </div>
    </form>
  );
}
