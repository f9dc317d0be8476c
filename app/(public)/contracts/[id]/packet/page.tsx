import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getContract } from "@/lib/services/contracts/get-contract";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { PriceTable } from "@/components/programs/price-table";
import { PrintButton } from "@/components/ui/print-button";
import { ContractStatus } from "@/components/contracts/contract-status";
import { FactList } from "@/components/ui/fact-list";

export const metadata: Metadata = { title: "Piggyback packet" };

/** One printable page a town attaches to its own records when it buys from the contract. */
export default async function PacketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/contracts/${id}/packet`);
  const view = await loadForPage(() => getContract({ actor, input: { contractId: id } }));
  if (!view.full) notFound();
  const { contract } = view;
  return (
    <article className="flex flex-col gap-4 bg-white p-4 print:p-0">
      <div className="no-print">
        <PrintButton label="Print this packet" />
      </div>
      <header>
        <p className="text-sm">CRCOG IT Services Cooperative · cooperative purchasing record</p>
        <h1>{contract.title}</h1>
        <p>
          Contract {contract.number} · <ContractStatus status={contract.status} expired={view.expired} /> · prepared{" "}
          {formatDate(new Date())} for {actor.organization.name}
        </p>
      </header>
      <section aria-labelledby="facts">
        <h2 id="facts">Contract facts</h2>
        <FactList
          inline
          facts={[
            {
              label: "Vendor",
              value: [contract.vendorOrganization.name, contract.vendorOrganization.town].filter(Boolean).join(", "),
            },
            { label: "Category", value: contract.category },
            {
              label: "Term",
              value: `${formatCalendarDate(contract.termStart)} – ${formatCalendarDate(contract.termEnd)}`,
            },
            { label: "Renewals", value: contract.renewalOptions },
          ]}
        />
        <p className="mt-2">{contract.summary}</p>
      </section>
      <section aria-labelledby="award">
        <h2 id="award">How it was awarded</h2>
        <p>
          {contract.awardBasis ||
            "Awarded by the cooperative through competitive procurement before the portal; the solicitation record is held by the cooperative."}
        </p>
      </section>
      <section aria-labelledby="prices">
        <h2 id="prices">Prices</h2>
        <PriceTable
          caption={`Price schedule of contract ${contract.number}`}
          lines={view.priceLines.map((l) => ({ ...l, price: l.contractPriceCents }))}
        />
      </section>
      <section aria-labelledby="basis">
        <h2 id="basis">Statutory basis for cooperative purchasing</h2>
        <p>
          Connecticut law lets a municipality or other public entity purchase through a cooperative purchasing agreement
          instead of running its own competitive bid, when the agreement was itself competitively procured. The
          cooperative&apos;s FAQ cites Connecticut General Statutes §4a-53 for this authority. This contract was awarded
          by the CRCOG IT Services Cooperative through the competitive process described above; a participating entity
          should confirm that its own charter and purchasing ordinance allow cooperative purchases and attach this page
          to its purchase order.
        </p>
      </section>
    </article>
  );
}
