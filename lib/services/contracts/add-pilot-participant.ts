// Staff add a member organization to a contract's pilot (it then pays the subsidised pilot price).
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";

/**
 * Adds a member organization to an AWARDED or PILOT contract's pilot. Throws ConflictError if it is already in,
 * ValidationError for a vendor or the cooperative.
 */
export async function addPilotParticipant({ actor, input }: VerbArgs<{ contractId: string; organizationId: string }>) {
  assertCan(actor, "contracts.manage");
  return db.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      select: { id: true, status: true },
    });
    if (!contract) throw new NotFoundError();
    if (contract.status !== "AWARDED" && contract.status !== "PILOT")
      throw new ConflictError("Pilot participants join before or during the pilot.");
    const org = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, kind: true, name: true },
    });
    if (!org || org.kind === "VENDOR" || org.kind === "COOPERATIVE")
      throw new ValidationError("Choose a member organization.", { organizationId: ["Choose a member organization."] });
    const key = { contractId_organizationId: { contractId: contract.id, organizationId: org.id } };
    if (await tx.pilotParticipant.findUnique({ where: key }))
      throw new ConflictError(`${org.name} is already a pilot participant.`);
    const row = await tx.pilotParticipant.create({
      data: { contractId: contract.id, organizationId: org.id, addedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "contract.pilot_participant.add",
      entity: ["PilotParticipant", row.id],
      after: { contractId: contract.id, organizationId: org.id },
    });
    return row;
  });
}
