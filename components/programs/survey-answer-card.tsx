// A member's "Needs survey": each published question with the organization's answer and the form that sends it.
import { SURVEY_INTEREST_LABEL, SURVEY_TIMELINE_LABEL } from "@/lib/labels";
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { answerSurveyAction } from "@/app/actions/programs/forecast";

function SurveyQuestion({ programId, q }: { programId: string; q: ProgramView["questions"][number] }) {
  const a = q.answers[0];
  return (
    <section aria-label={q.prompt} className="border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{q.prompt}</h3>
      {a && (
        <p className="text-sm text-slate-700">
          Your organization answered: {SURVEY_INTEREST_LABEL[a.interest]} interest, {SURVEY_TIMELINE_LABEL[a.timeline]}.
        </p>
      )}
      <ActionForm
        action={answerSurveyAction}
        submitLabel={a ? "Update answer" : "Send answer"}
        hidden={{ programId, questionId: q.id }}
        fields={[
          {
            name: "interest",
            label: "Interest",
            type: "select",
            empty: "Choose…",
            options: SURVEY_INTEREST_LABEL,
            defaultValue: a?.interest,
          },
          {
            name: "estimatedQuantity",
            label: "Estimated quantity (optional)",
            type: "number",
            defaultValue: a?.estimatedQuantity?.toString(),
          },
          {
            name: "estimatedBudget",
            label: "Estimated budget in dollars (optional)",
            defaultValue: a?.estimatedBudgetCents ? (a.estimatedBudgetCents / 100).toString() : "",
          },
          {
            name: "timeline",
            label: "When would you buy?",
            type: "select",
            empty: "Choose…",
            options: SURVEY_TIMELINE_LABEL,
            defaultValue: a?.timeline,
          },
          { name: "comment", label: "Comment (optional)", type: "textarea", rows: 2, defaultValue: a?.comment ?? "" },
        ]}
      />
    </section>
  );
}

export function SurveyAnswerCard({ view }: { view: ProgramView }) {
  return (
    <Card title="Needs survey">
      {view.questions.length === 0 && <EmptyState>The cooperative has not published survey questions yet.</EmptyState>}
      <div className="flex flex-col gap-6">
        {view.questions.map((q) => (
          <SurveyQuestion key={q.id} programId={view.program.id} q={q} />
        ))}
      </div>
    </Card>
  );
}
