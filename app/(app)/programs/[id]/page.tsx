import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getProgram } from "@/lib/services/programs/get-program";
import { programPageView } from "@/lib/services/programs/stage-rules";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { ProgramHeader } from "@/components/programs/program-header";
import { Timeline } from "@/components/programs/timeline";
import { SurveyAnswerCard } from "@/components/programs/survey-answer-card";
import { RfpReadCard } from "@/components/programs/rfp-read-card";
import { CommitteeCommentsCard } from "@/components/programs/committee-comments-card";
import { ScoreCard } from "@/components/programs/score-card";
import { VendorQuestionsAnswersCard } from "@/components/programs/vendor-questions-answers-card";
import { YourProposalCard } from "@/components/programs/your-proposal-card";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/programs/${id}`);
  if (actor.side === "staff") redirect(`/staff/programs/${id}`);
  const view = await loadForPage(() => getProgram({ actor, input: { programId: id } }));
  const { program } = view;
  const stages = programPageView(program, new Date());
  return (
    <div className="flex flex-col gap-6">
      <ProgramHeader program={program} back="/programs">
        {view.contract && (
          <p>
            Contract <Link href={`/contracts/${view.contract.id}`}>{view.contract.number}</Link> with{" "}
            {view.contract.vendorOrganization.name} ({PROGRAM_STAGE_LABEL[view.contract.status]})
          </p>
        )}
      </ProgramHeader>
      {actor.side === "member" && stages.answersSurvey && <SurveyAnswerCard view={view} />}
      {view.readsDraft && <RfpReadCard view={view} posted={stages.posted} />}
      {view.seat && <CommitteeCommentsCard view={view} comments={!stages.posted} />}
      {view.seat && stages.scores && <ScoreCard view={view} />}
      {actor.side === "vendor" && (
        <>
          <VendorQuestionsAnswersCard view={view} asks={stages.proposalsOpen} />
          <YourProposalCard view={view} open={stages.proposalsOpen} />
        </>
      )}
      <Card title="Timeline">
        <Timeline timeline={view.timeline} />
      </Card>
    </div>
  );
}
