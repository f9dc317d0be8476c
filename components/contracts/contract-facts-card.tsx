// "Contract facts": vendor, category, term and renewals, the summary, and the link that starts a purchase request.
import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/assert";
import { formatCalendarDate } from "@/lib/format";
import type { ContractView } from "@/lib/services/contracts/get-contract";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";

/** A member may request a purchase from an open program, or from a pilot it takes part in, while its term runs. */
export function ContractFactsCard({ actor, view }: { actor: Actor | null; view: ContractView }) {
  const { contract } = view;
  return (
    <Card title="Contract facts">
      <FactList
        facts={[
          { label: "Vendor", value: contract.vendorOrganization.name },
          { label: "Category", value: contract.category },
          {
            label: "Term",
            value: `${formatCalendarDate(contract.termStart)} – ${formatCalendarDate(contract.termEnd)}`,
          },
          { label: "Renewal options", value: contract.renewalOptions },
        ]}
      />
      <p className="mt-3">{contract.summary}</p>
      {contract.awardBasis && <p className="mt-3 text-slate-700">{contract.awardBasis}</p>}
      {view.expired && (
        <p role="status" className="mt-4 rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          This contract expired on {formatCalendarDate(contract.termEnd)}: it is no longer open for purchases.
        </p>
      )}
      {!view.expired &&
        can(actor, "requests.create") &&
        (contract.status === "PROGRAM" || (contract.status === "PILOT" && view.isPilotParticipant)) && (
          <p className="mt-4">
            <Link
              href={`/requests/new/${contract.id}`}
              className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
            >
              Request a purchase
            </Link>
          </p>
        )}
    </Card>
  );
}
