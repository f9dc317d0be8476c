// May this organization request on this contract now? Membership (fee paid when due) comes from the
// memberships service; the contract must be in PROGRAM, or in PILOT for its pilot participants.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { getPurchaseEligibility } from "@/lib/services/memberships/internal/purchase-eligibility";
import { getContractForPurchase } from "@/lib/services/contracts/get-contract-for-purchase";
import { termIsOver } from "@/lib/services/contracts/rules";
import { calendarDateFromDb, todayInCooperative, type CalendarDate } from "@/lib/input/date";
import { formatCalendarDate } from "@/lib/format";

export class RequestRefusedError extends ForbiddenError {
  constructor(
    readonly reason: string,
    readonly todo: string,
  ) {
    super(`${reason} ${todo}`);
  }
}

/** The contract priced for this member; a contract it may not buy from says why (a missing one is a 404). */
async function contractForRequest(actor: Actor, contractId: string) {
  try {
    return await getContractForPurchase({ actor, input: { contractId } });
  } catch (error) {
    if (error instanceof NotFoundError) await explainClosedContract(contractId);
    throw error;
  }
}

async function explainClosedContract(contractId: string) {
  const contract = await db.contract.findUnique({ where: { id: contractId }, select: { status: true } });
  const refusal = contract && closedContractRefusal(contract.status);
  if (refusal) throw refusal;
}

/** Why a member may not buy from a contract it can see; null where the contract stays a 404 for it. */
export function closedContractRefusal(status: ProgramStage): RequestRefusedError | null {
  if (status === "PILOT") {
    return new RequestRefusedError(
      "This contract is in its pilot: only the pilot towns may request purchases on it until it opens to every member.",
      "Ask cooperative staff about joining the pilot, or choose a contract in the program phase.",
    );
  }
  // catalog contracts are public; others stay a 404 for members
  if (status === "RETIRED") {
    return new RequestRefusedError(
      "This contract is retired: it is no longer open for purchases.",
      "Choose a contract in the program phase from the catalog.",
    );
  }
  return null;
}

/** Why nobody may buy from a contract whose term is over: piggybacking on an expired contract has no legal basis. */
export function expiredContractRefusal(termEnd: Date | CalendarDate): RequestRefusedError {
  const last = typeof termEnd === "string" ? termEnd : calendarDateFromDb(termEnd);
  return new RequestRefusedError(
    `This contract expired: its term ended on ${formatCalendarDate(last)}, so it is no longer open for purchases.`,
    "Choose a current contract from the catalog, or ask cooperative staff whether it is being renewed.",
  );
}

async function assertMembership(actor: Actor) {
  const eligibility = await getPurchaseEligibility(actor.organization.id);
  if (!eligibility.eligible) throw new RequestRefusedError(eligibility.reason, eligibility.action);
}

export async function assertMayRequest(actor: Actor, contractId: string) {
  const contract = await contractForRequest(actor, contractId);
  if (termIsOver(contract.termEnd, todayInCooperative())) throw expiredContractRefusal(contract.termEnd);
  await assertMembership(actor);
  return contract;
}
