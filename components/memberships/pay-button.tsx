"use client";
import { useActionState } from "react";
import { startCheckoutAction } from "@/app/actions/memberships";
import { Button } from "@/components/ui/button";
import { ActionResult } from "./form-bits";

export function PayButton({ membershipId, label }: { membershipId: string; label: string }) {
  const [state, action, pending] = useActionState(startCheckoutAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <ActionResult state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Opening secure payment…" : label}
        </Button>
      </div>
    </form>
  );
}
