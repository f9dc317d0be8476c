// Staff's view of the pilot review committee: who sits on it (and the appoint form), and their comments on the RFP.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card, EmptyState } from "@/components/ui/card";
import { ItemList } from "@/components/ui/item-list";
import { ActionForm } from "@/components/ui/form";
import { appointCommitteeMemberAction } from "@/app/actions/programs/committee";
import { CommentList } from "./comment-list";

export function CommitteeCards({ view, appoints }: { view: ProgramView; appoints: boolean }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Pilot review committee">
        <ItemList
          items={view.committee}
          empty={<EmptyState>Appoint member staff to advise on the RFP and score the proposals.</EmptyState>}
        >
          {(m) => (
            <li key={m.id}>
              {m.user.name ?? m.user.email} — {m.organization.name}
            </li>
          )}
        </ItemList>
        {appoints && (
          <div className="mt-4">
            <ActionForm
              action={appointCommitteeMemberAction}
              submitLabel="Appoint"
              hidden={{ programId: view.program.id }}
              fields={[{ name: "email", label: "Member staff email", type: "email", required: true }]}
            />
          </div>
        )}
      </Card>
      <Card title="Committee comments on the RFP">
        <CommentList
          comments={view.comments}
          empty={<EmptyState>Committee members comment on the draft from their program page.</EmptyState>}
        />
      </Card>
    </div>
  );
}
