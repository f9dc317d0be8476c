// The top of a program's page: back to the programs list, title, category and summary, and the stage track.
import type { ReactNode } from "react";
import type { ProgramView } from "@/lib/services/programs/get-program";
import { PageHeader } from "@/components/ui/page-header";
import { StageTrack } from "./timeline";

type Props = { program: ProgramView["program"]; back: string; children?: ReactNode };

export function ProgramHeader({ program, back, children }: Props) {
  return (
    <PageHeader back={{ href: back, label: "All programs" }} title={program.title}>
      <p className="text-slate-700">
        {program.category} · {program.summary}
      </p>
      <StageTrack stage={program.stage} />
      {children}
    </PageHeader>
  );
}
