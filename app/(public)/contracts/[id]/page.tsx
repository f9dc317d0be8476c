import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getContract } from "@/lib/services/contracts/get-contract";
import { PILOT_ISSUE_STATUS_LABEL, PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { DocumentList } from "@/components/programs/documents";
import { PriceTable } from "@/components/programs/price-table";
import { reportPilotIssueAction, resolvePilotIssueAction } from "@/app/actions/programs/pilot";
import { ContractRatings } from "@/components/requests/contract-ratings";
import { can } from "@/lib/authz/assert";

export const metadata: Metadata = { title: "Contract" };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const view = await loadForPage(() => getContract({ actor, input: { contractId: id } }));
  const { contract } = view;
  const mayReport = contract.status === "PILOT" && (actor?.side === "staff" || view.isPilotParticipant);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <p className="text-sm">
          <Link href="/contracts">Contract catalog</Link>
        </p>
        <h1>{contract.title}</h1>
        <p className="text-slate-700">
          Contract {contract.number} · {PROGRAM_STAGE_LABEL[contract.status]}
        </p>
      </div>
      <Card title="Contract facts">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="font-medium">Vendor</dt>
            <dd>{contract.vendorOrganization.name}</dd>
          </div>
          <div>
            <dt className="font-medium">Category</dt>
            <dd>{contract.category}</dd>
          </div>
          <div>
            <dt className="font-medium">Term</dt>
            <dd>
              {formatDate(contract.termStart)} – {formatDate(contract.termEnd)}
            </dd>
          </div>
          <div>
            <dt className="font-medium">Renewal options</dt>
            <dd>{contract.renewalOptions}</dd>
          </div>
        </dl>
        <p className="mt-3">{contract.summary}</p>
        {contract.awardBasis && <p className="mt-3 text-slate-700">{contract.awardBasis}</p>}
        {can(actor, "requests.create") &&
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
      {view.full && <ContractRatings actor={actor} contractId={contract.id} />}
      {view.full ? (
        <>
          <Card
            title="Price schedule"
            action={<Link href={`/contracts/${contract.id}/packet`}>Printable piggyback packet</Link>}
          >
            {view.priceLines.length ? (
              <PriceTable
                caption={`Prices under contract ${contract.number}`}
                lines={view.priceLines.map((l) => ({
                  ...l,
                  price: l.contractPriceCents,
                }))}
              />
            ) : (
              <EmptyState>No priced lines yet.</EmptyState>
            )}
          </Card>
          <Card title="Documents">
            <DocumentList documents={view.documents} empty="No documents attached to this contract." />
          </Card>
          <Card title="Pilot issue log">
            {view.pilotParticipants.length > 0 && (
              <p className="mb-3 text-slate-700">
                Pilot participants: {view.pilotParticipants.map((p) => p.organization.name).join(", ")}
              </p>
            )}
            {view.pilotIssues.length ? (
              <ul className="flex flex-col gap-4">
                {view.pilotIssues.map((i) => (
                  <li key={i.id} className="border-t border-slate-200 pt-3">
                    <h3 className="font-semibold">
                      {i.title} <span className="text-sm font-normal">({PILOT_ISSUE_STATUS_LABEL[i.status]})</span>
                    </h3>
                    <p className="text-sm text-slate-700">
                      Reported by {i.reportedByOrganization.name}, {formatDateTime(i.createdAt)}
                    </p>
                    <p className="whitespace-pre-wrap">{i.description}</p>
                    {i.vendorResponse && (
                      <p className="mt-1 whitespace-pre-wrap">
                        <span className="font-medium">Vendor:</span> {i.vendorResponse}
                      </p>
                    )}
                    {i.resolution && (
                      <p className="mt-1 whitespace-pre-wrap">
                        <span className="font-medium">Resolution:</span> {i.resolution}
                      </p>
                    )}
                    {i.lessonsLearned && (
                      <p className="mt-1 whitespace-pre-wrap">
                        <span className="font-medium">Lessons learned:</span> {i.lessonsLearned}
                      </p>
                    )}
                    {i.status !== "RESOLVED" &&
                      actor &&
                      (actor.side === "staff" ||
                        (i.reportedByOrganizationId === actor.organization.id && i.vendorResponse)) && (
                        <div className="mt-2">
                          <ActionForm
                            action={resolvePilotIssueAction}
                            submitLabel="Mark resolved"
                            hidden={{ contractId: contract.id, issueId: i.id }}
                            fields={[
                              {
                                name: "resolution",
                                label: "Resolution",
                                type: "textarea",
                                rows: 2,
                              },
                              {
                                name: "lessonsLearned",
                                label: "Lessons learned for later adopters",
                                type: "textarea",
                                rows: 2,
                              },
                            ]}
                          />
                        </div>
                      )}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>No pilot issues were logged on this contract.</EmptyState>
            )}
            {mayReport && (
              <div className="mt-4">
                <h3 className="mb-2 font-semibold">Log a pilot issue</h3>
                <ActionForm
                  action={reportPilotIssueAction}
                  submitLabel="Log issue"
                  hidden={{ contractId: contract.id }}
                  fields={[
                    { name: "title", label: "Issue title" },
                    {
                      name: "description",
                      label: "What happened",
                      type: "textarea",
                      rows: 3,
                    },
                  ]}
                />
              </div>
            )}
          </Card>
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
