// "Pilot issue log": the issues pilot participants logged, their answers and resolutions, and the forms for both.
import type { Actor } from "@/lib/authz/actor";
import { formatDateTime } from "@/lib/format";
import { PILOT_ISSUE_STATUS_LABEL } from "@/lib/labels";
import type { ContractView } from "@/lib/services/contracts/get-contract";
import { Card, EmptyState } from "@/components/ui/card";
import { ItemList } from "@/components/ui/item-list";
import { ActionForm } from "@/components/ui/form";
import { reportPilotIssueAction, resolvePilotIssueAction } from "@/app/actions/programs/pilot";

/** Staff and pilot participants log issues while the contract is in its pilot. */
export function PilotIssuesCard({ actor, view }: { actor: Actor | null; view: ContractView }) {
  const { contract } = view;
  const mayReport = contract.status === "PILOT" && (actor?.side === "staff" || view.isPilotParticipant);
  return (
    <Card title="Pilot issue log">
      {view.pilotParticipants.length > 0 && (
        <p className="mb-3 text-slate-700">
          Pilot participants: {view.pilotParticipants.map((p) => p.organization.name).join(", ")}
        </p>
      )}
      <ItemList
        items={view.pilotIssues}
        className="flex flex-col gap-4"
        empty={<EmptyState>No pilot issues were logged on this contract.</EmptyState>}
      >
        {(i) => (
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
                      { name: "resolution", label: "Resolution", type: "textarea", rows: 2 },
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
        )}
      </ItemList>
      {mayReport && (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">Log a pilot issue</h3>
          <ActionForm
            action={reportPilotIssueAction}
            submitLabel="Log issue"
            hidden={{ contractId: contract.id }}
            fields={[
              { name: "title", label: "Issue title" },
              { name: "description", label: "What happened", type: "textarea", rows: 3 },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
