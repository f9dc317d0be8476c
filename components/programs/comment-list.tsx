// The pilot review committee's comments on the RFP draft, oldest first, for staff and for the committee.
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import type { ProgramView } from "@/lib/services/programs/get-program";

/** The comments, or `empty` when there are none. */
export function CommentList({ comments, empty }: { comments: ProgramView["comments"]; empty: ReactNode }) {
  if (!comments.length) return empty;
  return (
    <ul className="flex flex-col gap-3">
      {comments.map((c) => (
        <li key={c.id}>
          <p className="whitespace-pre-wrap">{c.body}</p>
          <p className="text-sm text-slate-700">
            {c.author.name}, {c.organization.name} · {formatDateTime(c.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
