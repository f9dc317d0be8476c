import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listOpenSolicitations } from "@/lib/services/contracts/list-open-solicitations";
import { listVendorProposals } from "@/lib/services/contracts/list-vendor-proposals";
import { PROGRAM_STAGE_LABEL, PROPOSAL_STATUS_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "My proposals" };

export default async function VendorProposalsPage() {
  const actor = await requirePageActor("/vendor/proposals");
  const [proposals, open] = await loadForPage(() =>
    Promise.all([listVendorProposals({ actor }), listOpenSolicitations({ actor })]),
  );
  return (
    <div className="flex flex-col gap-4">
      <h1>My proposals</h1>
      <Card title="Open solicitations">
        {open.length ? (
          <ul className="flex flex-col gap-2">
            {open.map((p) => (
              <li key={p.id}>
                <Link href={`/programs/${p.id}`}>{p.title}</Link> · RFP {p.rfpNumber} · due{" "}
                {p.proposalDueAt ? formatDateTime(p.proposalDueAt) : "—"}
                {p.proposals.length ? " · submitted" : ""}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No solicitation is open right now.</EmptyState>
        )}
      </Card>
      <Card title="Submitted proposals">
        {proposals.length ? (
          <ul className="flex flex-col gap-2">
            {proposals.map((p) => (
              <li key={p.id}>
                <Link href={`/programs/${p.program.id}`}>{p.program.title}</Link> · {PROPOSAL_STATUS_LABEL[p.status]}{" "}
                {formatDateTime(p.submittedAt)} · program {PROGRAM_STAGE_LABEL[p.program.stage]} · {p._count.priceLines}{" "}
                priced lines, {p._count.documents} documents
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>Proposals you submit to solicitations appear here.</EmptyState>
        )}
      </Card>
    </div>
  );
}
