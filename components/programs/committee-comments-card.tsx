// A committee member's "Committee comments": the comments on the draft, the comment form until the RFP is posted.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ProgramTextForm } from "./program-text-form";
import { CommentList } from "./comment-list";

export function CommitteeCommentsCard({ view, comments }: { view: ProgramView; comments: boolean }) {
  return (
    <Card title="Committee comments">
      <div className="mb-4">
        <CommentList comments={view.comments} empty={<p className="text-slate-700">No comments yet.</p>} />
      </div>
      {comments && <ProgramTextForm form="comment" programId={view.program.id} />}
      <p className="mt-3 text-sm text-slate-700">
        Committee: {view.committee.map((m) => `${m.user.name ?? m.user.email} (${m.organization.name})`).join("; ")}
      </p>
    </Card>
  );
}
