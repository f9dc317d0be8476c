import { db } from "@/lib/db";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { todayInCooperative } from "@/lib/input/date";
import { CONTRACT_FACTS, contractVisibleTo, seesMemberParts, termIsOver } from "./rules";

/**
 * The contract page: public facts for everyone; prices, documents and the pilot issue log for members; `expired`
 * when its term is over on the cooperative's date today.
 */
// eslint-disable-next-line portal/assert-can-first -- public page: contractVisibleTo decides, anonymous included
export async function getContract({ actor, input }: VerbArgs<{ contractId: string }>) {
  const contract = await db.contract.findUnique({
    where: { id: input.contractId },
    select: {
      ...CONTRACT_FACTS,
      renewalsRemaining: true,
      awardBasis: true,
      awardedAt: true,
      vendorOrganization: { select: { name: true, website: true, town: true } },
      program: {
        select: {
          id: true,
          title: true,
          rfpNumber: true,
          postedAt: true,
          proposalDueAt: true,
          pilotDecisionNote: true,
        },
      },
    },
  });
  if (!contract || !contractVisibleTo(actor, contract)) throw new NotFoundError();
  const full = seesMemberParts(actor, contract);
  const [priceLines, documents, pilotParticipants, pilotIssues] = full
    ? await Promise.all([
        db.priceLine.findMany({
          where: { contractId: contract.id },
          orderBy: [{ position: "asc" }, { itemCode: "asc" }],
        }),
        db.contractDocument.findMany({
          where: { contractId: contract.id },
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true, file: { select: { id: true, filename: true, sizeBytes: true } } },
        }),
        db.pilotParticipant.findMany({
          where: { contractId: contract.id },
          orderBy: { organization: { name: "asc" } },
          select: { id: true, organizationId: true, organization: { select: { name: true } } },
        }),
        db.pilotIssue.findMany({
          where: { contractId: contract.id },
          orderBy: { createdAt: "asc" },
          include: { reportedByOrganization: { select: { name: true } } },
        }),
      ])
    : [[], [], [], []];
  const isPilotParticipant = Boolean(
    actor && pilotParticipants.some((p) => p.organizationId === actor.organization.id),
  );
  const expired = termIsOver(contract.termEnd, todayInCooperative());
  return { contract, expired, full, priceLines, documents, pilotParticipants, pilotIssues, isPilotParticipant };
}

export type ContractView = Awaited<ReturnType<typeof getContract>>;
