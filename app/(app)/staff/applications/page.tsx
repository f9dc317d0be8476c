import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listApplications } from "@/lib/services/memberships/list-applications";
import { APPLICATION_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

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
    <div {...SCROLL_REGION} className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-2">
              Entity
            </th>
            <th scope="col" className="py-2 pr-2">
              Kind
            </th>
            <th scope="col" className="py-2 pr-2">
              Claims
            </th>
            <th scope="col" className="py-2 pr-2">
              Received
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-slate-200">
              <td className="py-2 pr-2">
                <Link href={`/staff/applications/${a.id}`}>{a.legalName}</Link>
                <span className="block text-sm text-slate-700">{a.town}</span>
              </td>
              <td className="py-2 pr-2">{ORG_KIND_LABEL[a.kind]}</td>
              <td className="py-2 pr-2">{a.claimedAffiliations.join(", ") || "Independent"}</td>
              <td className="py-2 pr-2">{formatDate(a.createdAt)}</td>
              <td className="py-2">{APPLICATION_STATUS_LABEL[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
