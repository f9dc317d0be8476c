// What the request form opens on: the contract priced for this member, or why it may not request on it now.
import type { VerbArgs } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/assert";
import { assertMayRequest, RequestRefusedError } from "./internal/eligibility";

/**
 * `{ contract, refusal: null }` when the member may request on the contract now, else `{ contract: null, refusal }`
 * with the reason and what to do. A contract the member cannot see is a NotFoundError.
 */
export async function getContractOrRefusal({ actor, input }: VerbArgs<{ contractId: string }>) {
  assertCan(actor, "requests.create");
  try {
    return { contract: await assertMayRequest(actor, input.contractId), refusal: null };
  } catch (error) {
    if (!(error instanceof RequestRefusedError)) throw error;
    return { contract: null, refusal: { reason: error.reason, todo: error.todo } };
  }
}
