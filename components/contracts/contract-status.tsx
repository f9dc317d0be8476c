// A contract's status as people read it: its stage, or "Expired" once its term is over, whatever the stage says.
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import type { ProgramStage } from "@/lib/generated/prisma/enums";

/** "Expired" (in red) when `expired`, else the stage's label ("Program", "Pilot", ...). */
export function ContractStatus({ status, expired }: { status: ProgramStage; expired: boolean }) {
  if (!expired) return <>{PROGRAM_STAGE_LABEL[status]}</>;
  return <span className="inline-block rounded border border-red-700 bg-red-50 px-1.5 text-red-900">Expired</span>;
}
