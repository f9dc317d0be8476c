// "Move the program": the moves staffStageView offers at the program's stage, each a form with its note.
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import type { StaffStageView, StageMove } from "@/lib/services/programs/stage-rules";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import type { FieldSpec } from "@/components/ui/field";
import { moveProgramStageAction } from "@/app/actions/programs/forecast";

const MOVE_UI: Record<StageMove["kind"], { label: (m: StageMove) => string; note: FieldSpec; danger?: boolean }> = {
  advance: {
    label: (m) => `Move to ${PROGRAM_STAGE_LABEL[m.to]}`,
    note: { name: "note", label: "Note for the timeline (optional)" },
  },
  go: {
    label: () => "Go: open the program to every member",
    note: { name: "note", label: "Go decision", type: "textarea", rows: 2 },
  },
  "no-go": {
    label: () => "No-go: retire the program",
    note: { name: "note", label: "No-go reason", type: "textarea", rows: 2 },
    danger: true,
  },
  retire: {
    label: () => "Retire the program",
    note: { name: "note", label: "Why it is retired", type: "textarea", rows: 2 },
    danger: true,
  },
};

export function StageMoveCard({ programId, stages }: { programId: string; stages: StaffStageView }) {
  return (
    <Card title="Move the program">
      {stages.moves.length ? (
        <div className="flex flex-col gap-4">
          {stages.moves.map((m) => (
            <ActionForm
              key={m.kind}
              action={moveProgramStageAction}
              variant={MOVE_UI[m.kind].danger ? "danger" : undefined}
              submitLabel={MOVE_UI[m.kind].label(m)}
              hidden={{ programId, toStage: m.to }}
              fields={[MOVE_UI[m.kind].note]}
            />
          ))}
        </div>
      ) : stages.waitsFor === "award" ? (
        <p>Award a scored proposal below to move to Awarded.</p>
      ) : (
        <p>This program is retired.</p>
      )}
    </Card>
  );
}
