// A committee member's "Committee comments": the comments on the draft, the comment form until the RFP is posted.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { commentOnRfpAction } from "@/app/actions/programs/committee";
import { CommentList } from "./comment-list";

export function CommitteeCommentsCard({ view, comments }: { view: ProgramView; comments: boolean }) {
  return (
    <Card title="Committee comments">
      <div className="mb-4">
        <CommentList comments={view.comments} empty={<p className="text-slate-700">No comments yet.</p>} />
      </div>
      {comments && (
        <ActionForm
          action={commentOnRfpAction}
          submitLabel="Post comment"
          hidden={{ programId: view.program.id }}
          fields={[{ name: "body", label: "Your comment on the draft", type: "textarea", rows: 3 }]}
        />
      )}
      <p className="mt-3 text-sm text-slate-700">
        Committee: {view.committee.map((m) => `${m.user.name ?? m.user.email} (${m.organization.name})`).join("; ")}
      </p>
    </Card>
  );
}
