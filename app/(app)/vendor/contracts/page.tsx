import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listVendorContracts } from "@/lib/services/contracts/list-vendor-contracts";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatCalendarDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "My contracts" };

export default async function VendorContractsPage() {
  const actor = await requirePageActor("/vendor/contracts");
  const contracts = await loadForPage(() => listVendorContracts({ actor }));
  return (
    <div className="flex flex-col gap-4">
      <h1>My contracts</h1>
      {contracts.length === 0 ? (
        <EmptyState>Contracts the cooperative awards you appear here with their price schedules and terms.</EmptyState>
      ) : (
        <ScrollTable
          framed
          caption="Your contracts"
          columns={["Contract", "Status", "Term", numeric("Priced lines"), numeric("Open pilot issues")]}
          rows={contracts.map((c) => ({
            key: c.id,
            cells: [
              <Link key="contract" href={`/contracts/${c.id}`}>
                {c.number}: {c.title}
              </Link>,
              PROGRAM_STAGE_LABEL[c.status],
              `${formatCalendarDate(c.termStart)} – ${formatCalendarDate(c.termEnd)}`,
              c._count.priceLines,
              c._count.pilotIssues,
            ],
          }))}
        />
      )}
    </div>
  );
}
