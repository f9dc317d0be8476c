// Dashboard cards for programs, contracts and pilots (one per side).
import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import type { memberProgramSummary } from "@/lib/services/programs/member-program-summary";
import { staffProgramSummary } from "@/lib/services/programs/staff-program-summary";
import { listOpenSolicitations } from "@/lib/services/contracts/list-open-solicitations";
import { listVendorContracts } from "@/lib/services/contracts/list-vendor-contracts";
import { listVendorPilotIssues } from "@/lib/services/contracts/list-vendor-pilot-issues";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { STAGES } from "@/lib/services/programs/stage-rules";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { Card, ListCard } from "@/components/ui/card";
import { StatTiles } from "@/components/ui/stat-tiles";

/** What a member's program cards show, loaded once for both. */
export type MemberPrograms = Awaited<ReturnType<typeof memberProgramSummary>>;

export function MemberContractsCard({ programs: s }: { programs: MemberPrograms }) {
  return (
    <Card
      title="Contracts you can use"
      action={<Link href="/contracts">Catalog</Link>}
      empty={
        s.openContracts === 0 &&
        s.pilots.length === 0 &&
        "Contracts the cooperative has awarded appear here once they open to members."
      }
    >
      <div className="flex flex-col gap-2">
        <p>
          <Link href="/contracts?status=PROGRAM">
            {s.openContracts} contract{s.openContracts === 1 ? "" : "s"}
          </Link>{" "}
          open to every member.
        </p>
        {s.pilots.length > 0 && (
          <p>
            Your pilots:{" "}
            {s.pilots.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link href={`/contracts/${p.id}`}>{p.title}</Link>
              </span>
            ))}
          </p>
        )}
      </div>
    </Card>
  );
}

export function MemberSurveysCard({ programs: s }: { programs: MemberPrograms }) {
  return (
    <Card
      title="Surveys and committees"
      action={<Link href="/programs">Programs</Link>}
      empty={
        s.surveys.length === 0 &&
        s.committees.length === 0 &&
        "When the cooperative surveys members about a future program, or appoints you to a pilot review committee, it shows up here."
      }
    >
      <ul className="flex flex-col gap-1">
        {s.surveys.map((p) => (
          <li key={p.id}>
            <Link href={`/programs/${p.id}`}>{p.title}</Link>: needs survey
            {p.answered ? " (answered)" : " waiting for your answer"}
          </li>
        ))}
        {s.committees.map((p) => (
          <li key={p.id}>
            <Link href={`/programs/${p.id}`}>{p.title}</Link>: you are on its committee ({PROGRAM_STAGE_LABEL[p.stage]})
          </li>
        ))}
      </ul>
    </Card>
  );
}

export async function StaffProgramsCard({ actor }: { actor: Actor }) {
  const s = await staffProgramSummary({ actor });
  return (
    <Card title="Programs" action={<Link href="/staff/programs">All programs</Link>}>
      <StatTiles stats={STAGES.map((st) => ({ key: st, label: PROGRAM_STAGE_LABEL[st], value: s.counts[st] ?? 0 }))} />
      <p className="mt-2">
        {s.openIssues} pilot issue{s.openIssues === 1 ? "" : "s"} not yet resolved.
      </p>
    </Card>
  );
}

export async function VendorProgramCards({ actor }: { actor: Actor }) {
  const [contracts, issues, open] = await Promise.all([
    listVendorContracts({ actor }),
    listVendorPilotIssues({ actor, input: { waitingOnly: true } }),
    listOpenSolicitations({ actor }),
  ]);
  return (
    <>
      <ListCard
        title="Your contracts"
        action={<Link href="/vendor/contracts">All</Link>}
        items={contracts.slice(0, 5)}
        empty="Contracts the cooperative has awarded you appear here with their price schedules and terms."
      >
        {(c) => (
          <li key={c.id}>
            <Link href={`/contracts/${c.id}`}>{c.number}</Link>: {c.title} ({PROGRAM_STAGE_LABEL[c.status]}, ends{" "}
            {formatCalendarDate(c.termEnd)})
          </li>
        )}
      </ListCard>
      <ListCard
        title="Pilot issues waiting for you"
        action={<Link href="/vendor/pilot-issues">All</Link>}
        items={issues}
        empty="Issues pilot towns log during a pilot appear here until you answer them."
      >
        {(i) => (
          <li key={i.id}>
            <Link href="/vendor/pilot-issues">{i.title}</Link> ({i.contract.number}, {i.reportedByOrganization.name})
          </li>
        )}
      </ListCard>
      <ListCard
        title="Open solicitations"
        action={<Link href="/vendor/proposals">My proposals</Link>}
        items={open}
        empty="RFPs open for proposals appear here with their due dates, documents and published answers."
      >
        {(p) => (
          <li key={p.id}>
            <Link href={`/programs/${p.id}`}>{p.title}</Link>, due{" "}
            {p.proposalDueAt ? formatDateTime(p.proposalDueAt) : "—"}
            {p.proposals.length ? " (submitted)" : ""}
          </li>
        )}
      </ListCard>
    </>
  );
}
