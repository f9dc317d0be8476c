import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { requestNumberLabel } from "@/lib/labels";
import { getRequest } from "@/lib/services/requests/get-request";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { RequestFactsList, RequestLines } from "@/components/requests/request-summary";
import { NextStepCard } from "@/components/requests/next-step-card";
import { ApprovalCard } from "@/components/requests/approval-card";
import { ConversationCard } from "@/components/requests/conversation-card";
import { RatingCard } from "@/components/requests/rating-card";
import { HistoryCard } from "@/components/requests/history-card";

export const metadata: Metadata = { title: "Purchase request" };

const BACK = { vendor: "/vendor/requests", staff: "/staff/requests", member: "/requests" } as const;

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/requests/${id}`);
  const r = await loadForPage(() => getRequest({ actor, input: { requestId: id } }));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        back={{ href: BACK[actor.side], label: "All requests" }}
        title={`Purchase request ${requestNumberLabel(r.number)}`}
        badge={<StatusBadge status={r.status} />}
      >
        <p>
          <Link href={`/requests/${r.id}/print`}>Printable summary</Link> to attach to your purchase order.
        </p>
      </PageHeader>
      <NextStepCard r={r} role={actor.role} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Summary">
          <RequestFactsList r={r} />
        </Card>
        <ApprovalCard r={r} />
      </div>
      <RequestLines r={r} />
      {r.notes && (
        <Card title="Notes for the vendor">
          <p className="whitespace-pre-wrap">{r.notes}</p>
        </Card>
      )}
      <ConversationCard r={r} />
      <RatingCard r={r} />
      <HistoryCard events={r.events} />
    </div>
  );
}
