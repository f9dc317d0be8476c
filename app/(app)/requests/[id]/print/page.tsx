import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { formatDateTime } from "@/lib/format";
import { REQUEST_STATUS_LABEL, requestNumberLabel } from "@/lib/labels";
import { getRequest } from "@/lib/services/requests/get-request";
import { RequestFactsList, RequestLines } from "@/components/requests/request-summary";
import { PrintButton } from "@/components/ui/print-button";

export const metadata: Metadata = { title: "Purchase request summary" };

/** A one-page summary a town attaches to its own purchase order: what, from whom, at which contract prices. */
export default async function PrintRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/requests/${id}/print`);
  const r = await loadForPage(() => getRequest({ actor, input: { requestId: id } }));
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-4 bg-white p-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href={`/requests/${r.id}`}>Back to the request</Link>
        <PrintButton label="Print or save as PDF" />
      </div>
      <header>
        <p className="text-sm">CRCOG IT Services Cooperative · cooperative purchasing summary</p>
        <h1>Purchase request {requestNumberLabel(r.number)}</h1>
        <p>
          Status: {REQUEST_STATUS_LABEL[r.status]} (as of {formatDateTime(new Date())})
        </p>
      </header>
      <RequestFactsList r={r} />
      <RequestLines r={r} />
      {r.notes && (
        <section aria-label="Notes">
          <h2>Notes</h2>
          <p className="whitespace-pre-wrap">{r.notes}</p>
        </section>
      )}
      <section aria-label="Procurement basis">
        <h2>Procurement basis</h2>
        <p>
          Prices are those of contract {r.contract.number}, awarded by the CRCOG IT Services Cooperative for use by
          eligible public entities (cooperative purchasing / piggyback). {r.contract.awardBasis}
        </p>
      </section>
      {r.approvals.length > 0 && (
        <section aria-label="Approvals">
          <h2>Internal approvals</h2>
          <ul className="list-disc pl-5">
            {r.approvals.map((a) => (
              <li key={a.role}>
                {a.user.name ?? a.user.email} ({a.role === "IT_LEAD" ? "IT lead" : "purchasing officer"}),{" "}
                {formatDateTime(a.at)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
