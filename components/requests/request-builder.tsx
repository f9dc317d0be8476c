// The body of the request form's pages (a new request, a draft): the contract and the form, or why this member
// may not request on the contract now and what to do about it.
import type { Actor } from "@/lib/authz/actor";
import { formatCents } from "@/lib/format";
import type { ActionState } from "@/lib/action";
import type { ApprovalRule } from "@/lib/generated/prisma/enums";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import type { ContractForPurchase } from "@/lib/services/contracts/get-contract-for-purchase";
import { Alert } from "@/components/ui/alert";
import { RequestForm, type RequestFormValues } from "@/components/requests/request-form";

type Props<T> = {
  actor: Actor;
  contract: ContractForPurchase | null;
  refusal: { reason: string; todo: string } | null;
  policy: { thresholdCents: number; approvers: ApprovalRule } | null;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  target: Record<string, string>;
  initial?: RequestFormValues;
};

export function RequestBuilder<T>({ actor, contract, refusal, policy, action, target, initial }: Props<T>) {
  if (refusal || !contract) {
    return (
      <Alert tone="error" title="Your organization cannot request purchases on this contract now">
        <p>{refusal?.reason}</p>
        <p className="mt-2 font-medium">What to do: {refusal?.todo}</p>
      </Alert>
    );
  }
  return (
    <>
      <p>
        <strong>{contract.title}</strong> ({contract.number}) with {contract.vendorOrganization.name}.
        {contract.usesPilotPrices ? " As a pilot participant you pay the pilot prices shown." : ""}
      </p>
      <RequestForm
        action={action}
        target={target}
        initial={initial}
        lines={contract.priceLines.map((l) => ({
          id: l.id,
          itemCode: l.itemCode,
          description: l.description,
          unit: l.unit,
          unitPriceCents: l.unitPriceCents,
        }))}
        approvalNote={
          policy
            ? `Requests above ${formatCents(policy.thresholdCents)} need approval by ${APPROVAL_RULE_LABEL[policy.approvers].toLowerCase()} at ${actor.organization.name} before they go to the vendor.`
            : null
        }
      />
    </>
  );
}
