import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listAuditEvents } from "@/lib/services/audit/list-audit-events";
import { formatDateTime } from "@/lib/format";
import { ScrollTable } from "@/components/ui/scroll-table";

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
      <ScrollTable
        framed
        caption="Audit events"
        columns={[{ label: "When", cellClassName: "whitespace-nowrap" }, "Action", "Entity", "Actor", "Organization"]}
        rows={events.map((e) => ({
          key: e.id,
          cells: [
            formatDateTime(e.at),
            e.action,
            `${e.entityType} ${e.entityId}`,
            e.actorUserId ?? "—",
            e.organizationId ?? "—",
          ],
        }))}
      />
    </div>
  );
}
