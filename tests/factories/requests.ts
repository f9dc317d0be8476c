// Purchase request factories: an eligible town, a contract with a price schedule, requests in any state.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import type { ApprovalRule, ProgramStage } from "@/lib/generated/prisma/enums";
import { createRequest } from "@/lib/services/requests/create-request";
import { moveRequest } from "@/lib/services/requests/move-request";
import { uid } from "../factories";
import { createMembershipRow } from "./memberships";

export const key = () => crypto.randomUUID();

/** An ACTIVE membership for this fiscal year (a sponsor affiliate, or an independent that paid). */
export async function makeEligible(organizationId: string) {
  return createMembershipRow(organizationId, { status: "ACTIVE", feeDueCents: 0, isRenewal: true });
}

/** A contract of the vendor with two priced lines (the second with a pilot price). */
export async function createContract(
  vendorOrganizationId: string,
  input: { status?: ProgramStage; pilotOrgIds?: string[] } = {},
) {
  return db.contract.create({
    data: {
      number: `T-${uid("c")}`,
      title: "Test network hardware",
      summary: "Switches and support",
      category: "Networking",
      vendorOrganizationId,
      termStart: new Date(Date.now() - 30 * 86_400_000),
      termEnd: new Date(Date.now() + 700 * 86_400_000),
      renewalOptions: "None",
      status: input.status ?? "PROGRAM",
      priceLines: {
        create: [
          {
            position: 0,
            itemCode: "SW-24",
            description: "24-port switch",
            unit: "each",
            contractPriceCents: 1_850_00,
            pilotPriceCents: 1_400_00,
          },
          { position: 1, itemCode: "SUP", description: "Support", unit: "per month", contractPriceCents: 180_00 },
        ],
      },
      pilotParticipants: input.pilotOrgIds
        ? { create: input.pilotOrgIds.map((organizationId) => ({ organizationId })) }
        : undefined,
    },
    include: { priceLines: { orderBy: { position: "asc" } } },
  });
}

export type TestContract = Awaited<ReturnType<typeof createContract>>;

export function linesOf(contract: TestContract, switches = 2, months = 12) {
  return [
    { priceLineId: contract.priceLines[0].id, quantity: switches },
    { priceLineId: contract.priceLines[1].id, quantity: months },
  ];
}

export async function setRule(organizationId: string, thresholdCents: number, approvers: ApprovalRule) {
  return db.approvalPolicy.upsert({
    where: { organizationId },
    create: { organizationId, thresholdCents, approvers },
    update: { thresholdCents, approvers },
  });
}

/** A request by `buyer` moved to `until` through the real services (the vendor makes the vendor's moves). */
export async function requestIn(
  buyer: Actor,
  vendor: Actor,
  contract: TestContract,
  until: "DRAFT" | "SUBMITTED" | "ACKNOWLEDGED" | "ACCEPTED" | "FULFILLED" = "SUBMITTED",
) {
  const created = await createRequest({
    actor: buyer,
    input: {
      contractId: contract.id,
      idempotencyKey: key(),
      lines: linesOf(contract, 1, 1),
      submit: until !== "DRAFT",
    },
  });
  const path = ["SUBMITTED", "ACKNOWLEDGED", "ACCEPTED", "FULFILLED"] as const;
  const moves = ["acknowledge", "accept", "fulfil"] as const;
  for (let i = 1; i <= path.indexOf(until as (typeof path)[number]); i++) {
    await moveRequest({ actor: vendor, input: { requestId: created.id, move: moves[i - 1] } });
  }
  return created;
}
