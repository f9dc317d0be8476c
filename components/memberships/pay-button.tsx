"use client";
import { startCheckoutAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";

/** Opens the online checkout for a membership's fee. */
export function PayButton({ membershipId, label }: { membershipId: string; label: string }) {
  return (
    <ActionForm
      action={startCheckoutAction}
      hidden={{ membershipId }}
      submitLabel={label}
      pendingLabel="Opening secure payment…"
    />
  );
}
