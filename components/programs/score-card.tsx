// A committee member's "Score the proposals": each proposal with its price schedule and the scoring form.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { scoreProposalAction } from "@/app/actions/programs/evaluation";
import { ProposalDetails } from "./proposal-details";

function ScoreProposal({ view, p }: { view: ProgramView; p: ProgramView["proposals"][number] }) {
  const vendor = p.vendorOrganization.name;
  return (
    <section aria-label={`Proposal from ${vendor}`} className="mb-6 border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{vendor}</h3>
      <ProposalDetails proposal={p} />
      <div className="mt-3">
        <ActionForm
          action={scoreProposalAction}
          submitLabel={p.scores.length ? `Update scores for ${vendor}` : `Save scores for ${vendor}`}
          hidden={{ programId: view.program.id, proposalId: p.id }}
          fields={[
            ...view.criteria.map((c) => ({
              name: `score_${c.id}`,
              label: `${c.name} (0–10)`,
              type: "number" as const,
              defaultValue: p.scores.find((s) => s.criterionId === c.id)?.score.toString(),
            })),
            {
              name: "comment",
              label: "Comment (optional)",
              type: "textarea" as const,
              rows: 2,
              defaultValue: p.scores[0]?.comment ?? "",
            },
          ]}
        />
      </div>
    </section>
  );
}

export function ScoreCard({ view }: { view: ProgramView }) {
  return (
    <Card title="Score the proposals">
      <p className="mb-3 text-slate-700">
        Score each criterion from 0 (does not meet) to 10 (excellent). Weights:{" "}
        {view.criteria.map((c) => `${c.name} ${c.weight}%`).join(", ")}.
      </p>
      {view.proposals.map((p) => (
        <ScoreProposal key={p.id} view={view} p={p} />
      ))}
    </Card>
  );
}
