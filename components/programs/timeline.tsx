import type { ProgramView } from "@/lib/services/programs/get-program";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { STAGES } from "@/lib/services/programs/stage-rules";
import type { ProgramStage } from "@/lib/generated/prisma/enums";

export function StageTrack({ stage }: { stage: ProgramStage }) {
  const current = STAGES.indexOf(stage);
  return (
    <ol aria-label="Program stages" className="flex flex-wrap gap-1 text-sm">
      {STAGES.map((s, i) => (
        <li
          key={s}
          aria-current={s === stage ? "step" : undefined}
          className={`rounded px-2 py-1 ${s === stage ? "bg-brand-700 font-semibold text-white" : i < current ? "bg-brand-100 text-brand-900" : "bg-slate-200 text-slate-800"}`}
        >
          {PROGRAM_STAGE_LABEL[s]}
        </li>
      ))}
    </ol>
  );
}

export function Timeline({ timeline }: { timeline: ProgramView["timeline"] }) {
  return (
    <ol className="flex flex-col gap-2" aria-label="Timeline">
      {timeline.map((t) => (
        <li key={t.id} className="border-l-4 border-brand-600 pl-3">
          <p className="font-medium">
            {t.fromStage ? `${PROGRAM_STAGE_LABEL[t.fromStage]} → ` : ""}
            {PROGRAM_STAGE_LABEL[t.toStage]}
          </p>
          <p className="text-sm text-slate-700">
            {formatDateTime(t.at)} by {t.actor?.name ?? t.actor?.email ?? "the cooperative"}
            {t.note ? ` — ${t.note}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
