// Staff dashboard: contracts whose term ends soon, and those already expired but still offered.
import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { listContractsEnding } from "@/lib/services/contracts/list-contracts-ending";
import { ENDING_WITHIN_DAYS } from "@/lib/services/contracts/rules";
import { formatCalendarDate } from "@/lib/format";
import { ListCard } from "@/components/ui/card";

/** Each contract with its term's end ("Expired Aug 29, 2026" or "Ends Jan 5, 2027") and the renewals left. */
export async function ContractsEndingCard({ actor }: { actor: Actor }) {
  const contracts = await listContractsEnding({ actor });
  return (
    <ListCard
      title="Contracts ending soon"
      action={<Link href={`/contracts?expiring=${ENDING_WITHIN_DAYS}&sort=expiring`}>In the catalog</Link>}
      items={contracts}
      empty={`No contract's term ends within ${ENDING_WITHIN_DAYS} days.`}
    >
      {(c) => (
        <li key={c.id}>
          <Link href={`/contracts/${c.id}`}>{c.title}</Link> ({c.number}):{" "}
          {c.expired ? (
            <strong className="text-red-900">Expired {formatCalendarDate(c.termEnd)}</strong>
          ) : (
            <>Ends {formatCalendarDate(c.termEnd)}</>
          )}
          {" · "}
          {c.renewalsRemaining
            ? `${c.renewalsRemaining} renewal${c.renewalsRemaining === 1 ? "" : "s"} left`
            : "no renewal left"}
        </li>
      )}
    </ListCard>
  );
}
