// "History" on a request: every status change and edit, oldest first, with who made it and their note.
import { formatDateTime } from "@/lib/format";
import { REQUEST_STATUS_LABEL } from "@/lib/labels";
import type { RequestDetail } from "@/lib/services/requests/get-request";
import { Card } from "@/components/ui/card";

/** History entries that do not change the status. */
const EVENT_LABEL: Record<string, string> = { create: "created the request", edit: "edited the draft" };

export function HistoryCard({ events }: { events: RequestDetail["events"] }) {
  return (
    <Card title="History">
      <ol className="flex flex-col gap-2">
        {events.map((e) => (
          <li key={e.id} className="border-l-4 border-slate-300 pl-3">
            <p className="text-sm text-slate-700">{formatDateTime(e.at)}</p>
            <p>
              {e.actorLabel}:{" "}
              {e.fromStatus && e.fromStatus !== e.toStatus
                ? `${REQUEST_STATUS_LABEL[e.fromStatus]} → ${REQUEST_STATUS_LABEL[e.toStatus]}`
                : (EVENT_LABEL[e.action] ?? e.action)}
            </p>
            {e.note && <p className="text-sm">{e.note}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
