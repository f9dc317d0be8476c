// Staff's "Evaluation criteria": the weighted criteria, and their form until the solicitation closes.
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ProgramTextForm } from "./program-text-form";

export function CriteriaCard({ view, edits }: { view: ProgramView; edits: boolean }) {
  return (
    <Card title="Evaluation criteria">
      <ul className="mb-3 list-disc pl-5">
        {view.criteria.map((c) => (
          <li key={c.id}>
            {c.name}: {c.weight}%
          </li>
        ))}
      </ul>
      {edits && (
        <ProgramTextForm
          form="criteria"
          programId={view.program.id}
          defaultValue={view.criteria.map((c) => `${c.name} | ${c.weight}`).join("\n")}
        />
      )}
    </Card>
  );
}
