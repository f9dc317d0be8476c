// "Needs survey" for staff: each question's answers counted by interest and timeline, and the publish form.
import { SURVEY_INTEREST_LABEL, SURVEY_TIMELINE_LABEL } from "@/lib/labels";
import { formatCents } from "@/lib/format";
import type { SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import type { getSurveyDemand } from "@/lib/services/programs/get-survey-demand";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";
import { ActionForm } from "@/components/ui/form";
import { publishSurveyQuestionAction } from "@/app/actions/programs/forecast";

type Demand = Awaited<ReturnType<typeof getSurveyDemand>>;

function QuestionResults({ q }: { q: Demand[number] }) {
  const interests = Object.keys(q.interest) as SurveyInterest[];
  const timelines = Object.keys(q.timeline) as SurveyTimeline[];
  return (
    <div>
      <ScrollTable
        caption={`${q.prompt} (${q.responses} responses)`}
        captionClassName="mb-1 text-left font-medium"
        columns={[
          ...interests.map((k) => numeric(`Interest: ${SURVEY_INTEREST_LABEL[k]}`)),
          ...timelines.map((k) => numeric(SURVEY_TIMELINE_LABEL[k])),
          numeric("Total quantity"),
          numeric("Total budget"),
        ]}
        rows={[
          {
            key: q.id,
            cells: [
              ...interests.map((k) => q.interest[k]),
              ...timelines.map((k) => q.timeline[k]),
              q.quantity.toLocaleString("en-US"),
              formatCents(q.budgetCents),
            ],
          },
        ]}
      />
      {q.interested.length > 0 && <p className="text-sm text-slate-700">Interested: {q.interested.join(", ")}</p>}
    </div>
  );
}

export function SurveyResultsCard({
  programId,
  demand,
  publishes,
}: {
  programId: string;
  demand: Demand;
  publishes: boolean;
}) {
  return (
    <Card title="Needs survey">
      {demand.length ? (
        <div className="flex flex-col gap-4">
          {demand.map((q) => (
            <QuestionResults key={q.id} q={q} />
          ))}
        </div>
      ) : (
        <EmptyState>Publish a question; member organizations answer it from their program page.</EmptyState>
      )}
      {publishes && (
        <div className="mt-4">
          <ActionForm
            action={publishSurveyQuestionAction}
            submitLabel="Publish question"
            hidden={{ programId }}
            fields={[{ name: "prompt", label: "Survey question", required: true }]}
          />
        </div>
      )}
    </Card>
  );
}
