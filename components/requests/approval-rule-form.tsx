"use client";
import type { ActionState } from "@/lib/action";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import { ActionForm } from "@/components/ui/form";

type Props<T> = {
  action: (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>;
  /** Dollars, or empty when no request needs approval. */
  threshold: string;
  approvers: string;
};

/** An organization's rule: above which total a request waits for approval, and by whom. */
export function ApprovalRuleForm<T>({ action, threshold, approvers }: Props<T>) {
  return (
    <div className="max-w-xl">
      <ActionForm
        action={action}
        fields={[
          {
            name: "threshold",
            label: "Approval threshold (dollars)",
            hint: "Requests above this total wait for approval. Leave empty: no request needs approval.",
            inputMode: "decimal",
            defaultValue: threshold,
          },
          {
            name: "approvers",
            label: "Who approves",
            type: "radio",
            defaultValue: approvers,
            options: Object.entries(APPROVAL_RULE_LABEL).map(([value, label]) => ({ value, label })),
          },
        ]}
        submitLabel="Save approval rule"
        pendingLabel="Saving…"
      />
    </div>
  );
}
