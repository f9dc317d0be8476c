import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listRequestableContracts } from "@/lib/services/requests/list-requestable-contracts";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New purchase request" };

export default async function NewRequestPage() {
  const actor = await requirePageActor("/requests/new");
  const contracts = await loadForPage(() => listRequestableContracts({ actor }));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/requests", label: "All requests" }} title="New purchase request">
        <p>
          Choose the contract to buy from. Its prices were fixed by the cooperative&apos;s competitive solicitation, so
          you do not need your own RFP.
        </p>
      </PageHeader>
      {contracts.length === 0 ? (
        <EmptyState>
          No contract is open to your organization right now. Contracts appear here once they reach the program phase
          (or their pilot, for pilot towns).
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-2">
          {contracts.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-3">
              <Link href={`/requests/new/${c.id}`} className="font-semibold">
                Request from {c.title}
              </Link>
              <p className="text-sm text-slate-700">
                {c.number} · {c.vendorOrganization.name} · {c.category}
                {c.status === "PILOT" ? " · pilot prices for your organization" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
