import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listAuditEvents } from "@/lib/services/audit/list-audit-events";
import { formatDateTime } from "@/lib/format";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const actor = await requirePageActor("/staff/audit");
  const events = await loadForPage(async () => {
    assertCan(actor, "audit.view.all");
    return listAuditEvents({ actor, input: { take: 200 } });
  });
  return (
    <div className="flex flex-col gap-4">
      <h1>Audit log</h1>
      <p>The newest 200 changes across the portal. Events are append-only.</p>
      <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                When
              </th>
              <th scope="col" className="p-2">
                Action
              </th>
              <th scope="col" className="p-2">
                Entity
              </th>
              <th scope="col" className="p-2">
                Actor
              </th>
              <th scope="col" className="p-2">
                Organization
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-slate-200">
                <td className="p-2 whitespace-nowrap">{formatDateTime(e.at)}</td>
                <td className="p-2">{e.action}</td>
                <td className="p-2">
                  {e.entityType} {e.entityId}
                </td>
                <td className="p-2">{e.actorUserId ?? "—"}</td>
                <td className="p-2">{e.organizationId ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
