// "Conversation" on a request: the messages between town, vendor and staff, and the form that writes one.
import { formatDateTime } from "@/lib/format";
import type { RequestDetail } from "@/lib/services/requests/get-request";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { postMessageAction } from "@/app/actions/requests";

export function ConversationCard({ r }: { r: RequestDetail }) {
  return (
    <Card title="Conversation">
      <div className="flex flex-col gap-4">
        {r.messages.length === 0 ? (
          <EmptyState>
            No messages yet. The town, the vendor and cooperative staff can all write here; each message is emailed to
            the others.
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-3">
            {r.messages.map((m) => (
              <li key={m.id} className="rounded-md border border-slate-300 bg-slate-50 p-3">
                <p className="text-sm text-slate-700">
                  <strong className="text-slate-900">{m.author?.name ?? m.author?.email ?? "Former user"}</strong>,{" "}
                  {m.authorOrganization.name} · {formatDateTime(m.createdAt)}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        <ActionForm
          action={postMessageAction}
          hidden={{ requestId: r.id }}
          submitLabel="Send message"
          variant="secondary"
          fields={[{ name: "body", label: "Write a message", type: "textarea", required: true }]}
        />
      </div>
    </Card>
  );
}
