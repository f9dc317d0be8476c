// May this organization request on this contract now? Membership (fee paid when due) comes from the
// memberships service; the contract must be in PROGRAM, or in PILOT for its pilot participants.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getPurchaseEligibility } from "@/lib/services/memberships/get-eligibility";

export class RequestRefusedError extends ForbiddenError {
  constructor(
    readonly reason: string,
    readonly todo: string,
  ) {
    super(`${reason} ${todo}`);
  }
}

export async function assertMayRequest(actor: Actor, contractId: string) {
  const contract = await db.contract.findUnique({
    where: { id: contractId },
    select: { status: true, pilotParticipants: { where: { organizationId: actor.organization.id }, select: { id: true } } },
  });
  if (!contract) throw new NotFoundError();
  if (contract.status === "PILOT" && contract.pilotParticipants.length === 0) {
    throw new RequestRefusedError(
      "This contract is in its pilot: only the pilot towns may request purchases on it until it opens to every member.",
      "Ask cooperative staff about joining the pilot, or choose a contract in the program phase.",
    );
  }
  if (contract.status !== "PROGRAM" && contract.status !== "PILOT") {
    throw new RequestRefusedError(
      `This contract is not open for purchases (its status is ${contract.status.toLowerCase().replace("_", " ")}).`,
      "Choose a contract in the program phase from the catalog.",
    );
  }
  const eligibility = await getPurchaseEligibility(actor.organization.id);
  if (!eligibility.eligible) throw new RequestRefusedError(eligibility.reason, eligibility.action);
}
