"use client";
import { approveApplicationAction, rejectApplicationAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";
import { AFFILIATION_LABEL } from "@/lib/labels";
import type { Affiliation } from "@/lib/generated/prisma/enums";

/** Staff approve an application, checking each claimed affiliation they confirmed with its sponsor. */
export function ApproveForm({ id, claimed }: { id: string; claimed: Affiliation[] }) {
  return (
    <ActionForm
      action={approveApplicationAction}
      hidden={{ id }}
      fields={
        claimed.length
          ? [
              {
                legend: "Verified affiliations",
                intro: "Check each claim you confirmed with the sponsor. Unchecked claims do not count toward the fee.",
                fields: claimed.map((a) => ({
                  name: `verified_${a}`,
                  label: `${AFFILIATION_LABEL[a]} (${a})`,
                  type: "checkbox" as const,
                })),
              },
            ]
          : []
      }
      submitLabel="Approve application"
      pendingLabel="Approving…"
    >
      {!claimed.length && (
        <p>No affiliations claimed: the entity joins as independent and owes this year&apos;s fee.</p>
      )}
    </ActionForm>
  );
}

export function RejectForm({ id }: { id: string }) {
  return (
    <ActionForm
      action={rejectApplicationAction}
      hidden={{ id }}
      fields={[{ name: "reason", label: "Reason for rejecting", type: "textarea", required: true }]}
      submitLabel="Reject application"
      pendingLabel="Rejecting…"
      variant="danger"
    />
  );
}
