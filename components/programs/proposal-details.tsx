// One vendor's proposal as staff and the committee read it: summary, documents, price schedule.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { DocumentList } from "./documents";
import { PriceTable } from "./price-table";

export function ProposalDetails({ proposal: p }: { proposal: ProgramView["proposals"][number] }) {
  return (
    <>
      <p className="my-2 whitespace-pre-wrap">{p.summary}</p>
      <DocumentList documents={p.documents} empty="No documents attached." />
      <PriceTable
        caption={`${p.vendorOrganization.name} price schedule`}
        lines={p.priceLines.map((l) => ({ ...l, price: l.priceCents }))}
      />
    </>
  );
}
