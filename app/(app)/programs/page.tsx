import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listPrograms } from "@/lib/services/programs/list-programs";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const actor = await requirePageActor("/programs");
  const programs = await loadForPage(() => listPrograms({ actor }));
  return (
    <div className="flex flex-col gap-4">
      <h1>Programs</h1>
      <p className="text-slate-700">
        {actor.side === "vendor"
          ? "Solicitations the cooperative has posted, and the programs that followed."
          : "What the cooperative is planning and buying: answer needs surveys, advise as a committee member, follow pilots."}
      </p>
      {programs.length === 0 ? (
        <EmptyState>No programs yet.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {programs.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2>
                <Link href={actor.side === "staff" ? `/staff/programs/${p.id}` : `/programs/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="text-sm text-slate-700">
                {p.category} · {PROGRAM_STAGE_LABEL[p.stage]}
                {p.stage === "SOLICITATION" && p.proposalDueAt
                  ? ` · proposals due ${formatDateTime(p.proposalDueAt)}`
                  : ""}
                {p.committee.length ? " · you are on its committee" : ""}
                {actor.side === "vendor" && p.proposals.length ? " · you submitted a proposal" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
