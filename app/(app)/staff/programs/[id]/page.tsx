import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { getProgram } from "@/lib/services/programs/get-program";
import { getSurveyDemand } from "@/lib/services/programs/get-survey-demand";
import { listPilotCandidates } from "@/lib/services/contracts/list-pilot-candidates";
import { staffStageView } from "@/lib/services/programs/stage-rules";
import { Card } from "@/components/ui/card";
import { ProgramHeader } from "@/components/programs/program-header";
import { Timeline } from "@/components/programs/timeline";
import { StageMoveCard } from "@/components/programs/stage-move-card";
import { SurveyResultsCard } from "@/components/programs/survey-results-card";
import { CommitteeCards } from "@/components/programs/committee-cards";
import { RfpCard } from "@/components/programs/rfp-card";
import { VendorQuestionsCard } from "@/components/programs/vendor-questions-card";
import { CriteriaCard } from "@/components/programs/criteria-card";
import { ProposalsCard } from "@/components/programs/proposals-card";
import { ContractPilotCard } from "@/components/programs/contract-pilot-card";

export const metadata: Metadata = { title: "Manage program" };

export default async function StaffProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/staff/programs/${id}`);
  const loadView = loadForPage(async () => {
    assertCan(actor, "programs.manage");
    return getProgram({ actor, input: { programId: id } });
  });
  // the pilot's candidates wait only for the program (its contract and stage), not for the survey
  const loadPilot = loadView.then(({ program, contract }) =>
    contract && staffStageView(program.stage).managesPilot
      ? loadForPage(() => listPilotCandidates({ actor, input: { contractId: contract.id } }))
      : null,
  );
  const [view, demand, pilot] = await Promise.all([
    loadView,
    loadForPage(() => getSurveyDemand({ actor, input: { programId: id } })),
    loadPilot,
  ]);
  const { program } = view;
  const stages = staffStageView(program.stage);
  return (
    <div className="flex flex-col gap-6">
      <ProgramHeader program={program} back="/staff/programs" />
      <div className="grid gap-4 md:grid-cols-2">
        <StageMoveCard programId={program.id} stages={stages} />
        <Card title="Timeline">
          <Timeline timeline={view.timeline} />
        </Card>
      </div>
      <SurveyResultsCard programId={program.id} demand={demand} publishes={stages.publishesSurvey} />
      <CommitteeCards view={view} appoints={stages.appointsCommittee} />
      <RfpCard view={view} stages={stages} />
      <VendorQuestionsCard view={view} />
      <CriteriaCard view={view} edits={stages.editsSolicitation} />
      <ProposalsCard view={view} awards={stages.awards} />
      {view.contract && <ContractPilotCard programId={program.id} contract={view.contract} pilot={pilot} />}
    </div>
  );
}
