// Staff's "Vendor questions": each question with its published answer, or the form that publishes one.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card, EmptyState } from "@/components/ui/card";
import { ItemList } from "@/components/ui/item-list";
import { ActionForm } from "@/components/ui/form";
import { answerVendorQuestionAction } from "@/app/actions/programs/solicitation";

export function VendorQuestionsCard({ view }: { view: ProgramView }) {
  return (
    <Card title="Vendor questions">
      <ItemList
        items={view.vendorQuestions}
        className="flex flex-col gap-4"
        empty={
          <EmptyState>
            Vendors ask questions while the solicitation is open; answers are published to every vendor.
          </EmptyState>
        }
      >
        {(q) => (
          <li key={q.id} className="flex flex-col gap-2 border-t border-slate-200 pt-2">
            <p>
              <span className="font-medium">{q.vendorName}:</span> {q.question}
            </p>
            {q.answer ? (
              <p className="whitespace-pre-wrap">Answer: {q.answer}</p>
            ) : (
              <ActionForm
                action={answerVendorQuestionAction}
                submitLabel="Publish answer to every vendor"
                hidden={{ programId: view.program.id, questionId: q.id }}
                fields={[{ name: "answer", label: "Answer", type: "textarea", rows: 2 }]}
              />
            )}
          </li>
        )}
      </ItemList>
    </Card>
  );
}
