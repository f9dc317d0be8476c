// "Your next step" on a request: the approval form and the moves rules.ts allows this person (`r.moves`).
import Link from "next/link";
import { ROLE_LABEL } from "@/lib/labels";
import type { OrgRole } from "@/lib/generated/prisma/enums";
import type { RequestDetail } from "@/lib/services/requests/get-request";
import type { Move } from "@/lib/services/requests/rules";
import { Card } from "@/components/ui/card";
import { buttonStyle } from "@/components/ui/button";
import { ActionForm } from "@/components/ui/form";
import { approveRequestAction, moveRequestAction } from "@/app/actions/requests";

const MOVE_UI: Record<Move, { label: string; variant: "primary" | "secondary" | "danger"; reason?: string }> = {
  submit: { label: "Submit request", variant: "primary" },
  acknowledge: { label: "Acknowledge", variant: "primary" },
  accept: { label: "Accept", variant: "primary" },
  fulfil: { label: "Mark fulfilled", variant: "primary" },
  decline: { label: "Decline", variant: "danger", reason: "Why are you declining?" },
  reject: { label: "Do not approve", variant: "danger", reason: "Why is it not approved?" },
  cancel: { label: "Cancel request", variant: "danger", reason: "Why is it cancelled?" },
};

/** Nothing when this person has no step to take. `role` names the approval ("Approve as finance"). */
export function NextStepCard({ r, role }: { r: RequestDetail; role: OrgRole }) {
  const plainMoves = r.moves.filter((m) => !MOVE_UI[m].reason);
  const reasonMoves = r.moves.filter((m) => MOVE_UI[m].reason);
  if (!plainMoves.length && !reasonMoves.length && !r.canApprove) return null;
  return (
    <Card title="Your next step">
      <div className="flex flex-col gap-4">
        {r.canApprove && (
          <ActionForm
            action={approveRequestAction}
            hidden={{ requestId: r.id }}
            submitLabel={`Approve as ${ROLE_LABEL[role].toLowerCase()}`}
            fields={[{ name: "note", label: "Approval note (optional)", type: "textarea", rows: 2 }]}
          />
        )}
        {plainMoves.length > 0 && (
          <div className="flex flex-wrap items-start gap-3">
            {plainMoves.map((m) => (
              <ActionForm
                key={m}
                action={moveRequestAction}
                hidden={{ requestId: r.id, move: m }}
                submitLabel={MOVE_UI[m].label}
                variant={MOVE_UI[m].variant}
              />
            ))}
            {/* whoever may submit a draft may edit it first */}
            {r.moves.includes("submit") && (
              <Link href={`/requests/${r.id}/edit`} className={buttonStyle("secondary")}>
                Edit draft
              </Link>
            )}
          </div>
        )}
        {reasonMoves.map((m) => (
          <details key={m} className="rounded-md border border-slate-300 p-3">
            <summary className="cursor-pointer font-medium">{MOVE_UI[m].label}…</summary>
            <div className="mt-3">
              <ActionForm
                action={moveRequestAction}
                hidden={{ requestId: r.id, move: m }}
                submitLabel={MOVE_UI[m].label}
                variant="danger"
                fields={[
                  {
                    name: "reason",
                    label: MOVE_UI[m].reason!,
                    type: "textarea",
                    hint: "Everyone on the request reads this.",
                    required: true,
                  },
                ]}
              />
            </div>
          </details>
        ))}
      </div>
    </Card>
  );
}
