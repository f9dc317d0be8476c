// Which member organizations staff may still add to a contract's pilot.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";

/** Member organizations staff may add to a pilot, with those already in it. */
export async function listPilotCandidates({ actor, input }: VerbArgs<{ contractId: string }>) {
  assertCan(actor, "contracts.manage");
  const [orgs, participants] = await Promise.all([
    db.organization.findMany({
      where: { kind: { in: ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.pilotParticipant.findMany({
      where: { contractId: input.contractId },
      select: { organizationId: true, organization: { select: { name: true } } },
    }),
  ]);
  const taken = new Set(participants.map((p) => p.organizationId));
  return {
    candidates: orgs.filter((o) => !taken.has(o.id)),
    participants: participants.map((p) => p.organization.name),
  };
}
