import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getContract } from "@/lib/services/contracts/get-contract";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DocumentList } from "@/components/programs/documents";
import { PriceTable } from "@/components/programs/price-table";
import { ContractRatings } from "@/components/requests/contract-ratings";
import { ContractFactsCard } from "@/components/contracts/contract-facts-card";
import { PilotIssuesCard } from "@/components/contracts/pilot-issues-card";
import { ContractStatus } from "@/components/contracts/contract-status";

export const metadata: Metadata = { title: "Contract" };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const view = await loadForPage(() => getContract({ actor, input: { contractId: id } }));
  const { contract } = view;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: "/contracts", label: "Contract catalog" }} title={contract.title}>
        <p className="text-slate-700">
          Contract {contract.number} · <ContractStatus status={contract.status} expired={view.expired} />
        </p>
      </PageHeader>
      <ContractFactsCard actor={actor} view={view} />
      {view.full ? (
        <>
          <ContractRatings actor={actor} contractId={contract.id} />
          <Card
            title="Price schedule"
            action={<Link href={`/contracts/${contract.id}/packet`}>Printable piggyback packet</Link>}
          >
            {view.priceLines.length ? (
              <PriceTable
                caption={`Prices under contract ${contract.number}`}
                lines={view.priceLines.map((l) => ({ ...l, price: l.contractPriceCents }))}
              />
            ) : (
              <EmptyState>No priced lines yet.</EmptyState>
            )}
          </Card>
          <Card title="Documents">
            <DocumentList documents={view.documents} empty="No documents attached to this contract." />
          </Card>
          <PilotIssuesCard actor={actor} view={view} />
        </>
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          {actor ? (
            "Prices and documents are shared with member organizations."
          ) : (
            <>
              <Link href={`/sign-in?callbackUrl=/contracts/${contract.id}`}>Sign in</Link> as a member to see prices,
              documents and the pilot issue log.
            </>
          )}
        </p>
      )}
    </div>
  );
}
