import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listApplications } from "@/lib/services/memberships/list-applications";
import { APPLICATION_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Member applications" };

export default async function ApplicationsPage() {
  const actor = await requirePageActor("/staff/applications");
  const { waiting, decided } = await loadForPage(() => listApplications({ actor }));
  return (
    <div className="flex flex-col gap-6">
      <h1>Member applications</h1>
      <Card title={`Waiting for review (${waiting.length})`}>
        {waiting.length === 0 ? (
          <EmptyState>New applications from the public Join page appear here for you to verify and decide.</EmptyState>
        ) : (
          <ApplicationTable rows={waiting} caption="Applications waiting for review, oldest first" />
        )}
      </Card>
      <Card title="Recently decided">
        {decided.length === 0 ? (
          <EmptyState>Approved and rejected applications appear here.</EmptyState>
        ) : (
          <ApplicationTable rows={decided} caption="Recently decided applications" />
        )}
      </Card>
    </div>
  );
}

type Row = Awaited<ReturnType<typeof listApplications>>["waiting"][number];

function ApplicationTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <ScrollTable
      caption={caption}
      columns={["Entity", "Kind", "Claims", "Received", "Status"]}
      rows={rows.map((a) => ({
        key: a.id,
        cells: [
          <>
            <Link href={`/staff/applications/${a.id}`}>{a.legalName}</Link>
            <span className="block text-sm text-slate-700">{a.town}</span>
          </>,
          ORG_KIND_LABEL[a.kind],
          a.claimedAffiliations.join(", ") || "Independent",
          formatDate(a.createdAt),
          APPLICATION_STATUS_LABEL[a.status],
        ],
      }))}
    />
  );
}
