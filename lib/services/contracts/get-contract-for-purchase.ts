import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { CONTRACT_FACTS, mayPriceFrom, pricesAsPilot, unitPriceCents } from "./rules";

/**
 * A contract with its price schedule, as a purchase may be priced from it (server side, never from the client).
 * Members see contracts in PROGRAM, and in PILOT when their organization is a pilot participant; staff see any;
 * a vendor sees only its own. Anything else is a 404.
 */
export async function getContractForPurchase({ actor, input }: VerbArgs<{ contractId: string }>) {
  assertCan(actor, "contracts.prices.view");
  const contract = await db.contract.findUnique({
    where: { id: input.contractId },
    select: {
      ...CONTRACT_FACTS,
      programId: true,
      vendorOrganization: { select: { id: true, name: true, slug: true } },
      priceLines: {
        orderBy: [{ position: "asc" }, { itemCode: "asc" }],
        select: {
          id: true,
          itemCode: true,
          description: true,
          unit: true,
          contractPriceCents: true,
          pilotPriceCents: true,
          listPriceCents: true,
        },
      },
      pilotParticipants: { where: { organizationId: actor.organization.id }, select: { id: true } },
    },
  });
  if (!contract) throw new NotFoundError();
  const isPilotParticipant = contract.pilotParticipants.length > 0;
  if (!mayPriceFrom(actor, contract.status, contract.vendorOrganizationId, isPilotParticipant))
    throw new NotFoundError();

  const usesPilotPrices = pricesAsPilot(contract.status, isPilotParticipant);
  const { pilotParticipants: _omit, ...rest } = contract;
  void _omit;
  return {
    ...rest,
    isPilotParticipant,
    usesPilotPrices,
    priceLines: contract.priceLines.map((line) => ({
      ...line,
      unitPriceCents: unitPriceCents(line, usesPilotPrices),
    })),
  };
}

export type ContractForPurchase = Awaited<ReturnType<typeof getContractForPurchase>>;
