// Staff's "Proposals and scores": proposals ranked by weighted total, each proposal, and the award form.
import { PROPOSAL_STATUS_LABEL } from "@/lib/labels";
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";
import { ActionForm } from "@/components/ui/form";
import { awardProposalAction } from "@/app/actions/programs/evaluation";
import { ProposalDetails } from "./proposal-details";

function ScoreTable({ view }: { view: ProgramView }) {
  return (
    <ScrollTable
      caption="Proposals ranked by weighted total"
      columns={[
        "Vendor",
        ...view.criteria.map((c) => numeric(`${c.name} (${c.weight}%)`)),
        { label: "Total / 100", align: "right", cellClassName: "font-semibold" },
        "Scored by",
        "Status",
      ]}
      rows={view.totals.map((t) => ({
        key: t.proposalId,
        cells: [
          t.vendor,
          ...t.perCriterion.map((c) => (c.mean === null ? "—" : c.mean.toFixed(1))),
          t.total,
          `${t.scorers} member${t.scorers === 1 ? "" : "s"}`,
          PROPOSAL_STATUS_LABEL[t.status],
        ],
      }))}
    />
  );
}

export function ProposalsCard({ view, awards }: { view: ProgramView; awards: boolean }) {
  const { program } = view;
  return (
    <Card title="Proposals and scores">
      {view.totals.length ? (
        <ScoreTable view={view} />
      ) : (
        <EmptyState>Vendors submit proposals while the solicitation is open.</EmptyState>
      )}
      {view.proposals.map((p) => (
        <details key={p.id} className="mt-3">
          <summary className="cursor-pointer">{p.vendorOrganization.name}: proposal and price schedule</summary>
          <ProposalDetails proposal={p} />
        </details>
      ))}
      {awards && view.totals.length > 0 && (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">Award</h3>
          <ActionForm
            action={awardProposalAction}
            submitLabel="Award the contract"
            hidden={{ programId: program.id }}
            fields={[
              {
                name: "proposalId",
                label: "Winning proposal",
                type: "select",
                options: view.totals.map((t) => ({ value: t.proposalId, label: `${t.vendor} (${t.total} / 100)` })),
              },
              {
                name: "contractNumber",
                label: "Contract number",
                defaultValue: program.rfpNumber ? `${program.rfpNumber}-C` : "",
              },
              { name: "termStart", label: "Term starts", type: "date" },
              { name: "termEnd", label: "Term ends", type: "date" },
              { name: "renewalOptions", label: "Renewal options", defaultValue: "Two optional one-year renewals" },
              { name: "renewalsRemaining", label: "Renewals available", type: "number", defaultValue: "2" },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
