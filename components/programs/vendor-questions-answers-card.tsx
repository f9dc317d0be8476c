// A vendor's "Questions and published answers": its own questions, answers published to every vendor, the ask form.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ItemList } from "@/components/ui/item-list";
import { ProgramTextForm } from "./program-text-form";

export function VendorQuestionsAnswersCard({ view, asks }: { view: ProgramView; asks: boolean }) {
  return (
    <Card title="Questions and published answers">
      <ItemList
        items={view.vendorQuestions}
        className="mb-4 flex flex-col gap-3"
        empty={<p className="mb-4 text-slate-700">No questions answered yet.</p>}
      >
        {(q) => (
          <li key={q.id}>
            <p>
              <span className="font-medium">Q:</span> {q.question}
            </p>
            <p className="whitespace-pre-wrap">
              {q.answer ? (
                <>
                  <span className="font-medium">A:</span> {q.answer}
                </>
              ) : (
                <span className="text-slate-700">Your question is waiting for an answer.</span>
              )}
            </p>
          </li>
        )}
      </ItemList>
      {asks && <ProgramTextForm form="question" programId={view.program.id} />}
    </Card>
  );
}
