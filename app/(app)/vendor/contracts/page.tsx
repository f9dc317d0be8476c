import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listVendorContracts } from "@/lib/services/contracts/vendor-views";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

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
        <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Your contracts</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  Contract
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  Term
                </th>
                <th scope="col" className="p-2 text-right">
                  Priced lines
                </th>
                <th scope="col" className="p-2 text-right">
                  Open pilot issues
                </th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <td className="p-2">
                    <Link href={`/contracts/${c.id}`}>
                      {c.number}: {c.title}
                    </Link>
                  </td>
                  <td className="p-2">{PROGRAM_STAGE_LABEL[c.status]}</td>
                  <td className="p-2">
                    {formatDate(c.termStart)} – {formatDate(c.termEnd)}
                  </td>
                  <td className="p-2 text-right">{c._count.priceLines}</td>
                  <td className="p-2 text-right">{c._count.pilotIssues}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
