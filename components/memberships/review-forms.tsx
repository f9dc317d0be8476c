"use client";
import { useActionState } from "react";
import { approveApplicationAction, rejectApplicationAction } from "@/app/actions/memberships";
import { Button } from "@/components/ui/button";
import { AFFILIATION_LABEL } from "@/lib/labels";
import type { Affiliation } from "@/lib/generated/prisma/enums";
import { ActionResult, TextAreaField, failedOf } from "./form-bits";

export function ApproveForm({ id, claimed }: { id: string; claimed: Affiliation[] }) {
  const [state, action, pending] = useActionState(approveApplicationAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <ActionResult state={state} />
      <input type="hidden" name="id" value={id} />
      {claimed.length ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium">Verified affiliations</legend>
          <p className="text-sm text-slate-700">
            Check each claim you confirmed with the sponsor. Unchecked claims do not count toward the fee.
          </p>
          {claimed.map((a) => (
            <label key={a} className="flex items-center gap-2">
              <input type="checkbox" name={`verified_${a}`} className="h-5 w-5" />
              {AFFILIATION_LABEL[a]} ({a})
            </label>
          ))}
        </fieldset>
      ) : (
        <p>No affiliations claimed: the entity joins as independent and owes this year&apos;s fee.</p>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Approving…" : "Approve application"}
        </Button>
      </div>
    </form>
  );
}

export function RejectForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(rejectApplicationAction, null);
  const failed = failedOf(state);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <ActionResult state={state} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        label="Reason for rejecting"
        name="reason"
        defaultValue={failed?.values?.reason ?? ""}
        errors={failed?.fieldErrors?.reason}
        required
      />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Rejecting…" : "Reject application"}
        </Button>
      </div>
    </form>
  );
}
