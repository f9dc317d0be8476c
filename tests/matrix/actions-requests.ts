// Authorization matrix rows for the purchase request actions. Member A's requests are on a
// contract of vendor X; every call gets a fresh request in the state the action needs.
import {
  approveRequestAction,
  createRequestAction,
  moveRequestAction,
  postMessageAction,
  rateVendorAction,
  setApprovalPolicyAction,
  updateDraftAction,
} from "@/app/actions/requests";
import { forAll } from "./personas";
import type { ActionRow, Outcome, World } from "./actions";
import { form } from "./actions";
import { createContract, key, makeEligible, requestIn, setRule, type TestContract } from "../factories/requests";

const contracts = new WeakMap<World, TestContract>();
async function contractOf(w: World) {
  let c = contracts.get(w);
  if (!c) {
    await makeEligible(w.memberA.org.id);
    await makeEligible(w.memberB.org.id);
    c = await createContract(w.vendorX.org.id);
    contracts.set(w, c);
  }
  return c;
}

const memberOnly = (memberOutcome: Outcome) =>
  forAll<Outcome>(403, { anonymous: 401, memberA: memberOutcome, memberB: memberOutcome });

export const REQUEST_ACTION_ROWS: Record<string, ActionRow> = {
  "app/actions/requests.ts#createRequestAction": {
    run: async (w) => {
      const c = await contractOf(w);
      return createRequestAction(
        null,
        form({ contractId: c.id, idempotencyKey: key(), [`qty_${c.priceLines[0].id}`]: "1", intent: "submit" }),
      );
    },
    expect: memberOnly("redirect"),
  },
  "app/actions/requests.ts#updateDraftAction": {
    // a draft is its organization's: another town does not see it; vendors and staff do not build requests
    run: async (w) => {
      const c = await contractOf(w);
      const r = await requestIn(w.memberA.actor, w.vendorX.actor, c, "DRAFT");
      return updateDraftAction(null, form({ requestId: r.id, [`qty_${c.priceLines[0].id}`]: "2", intent: "draft" }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "redirect", memberB: 404 }),
  },
  "app/actions/requests.ts#moveRequestAction": {
    // acknowledging belongs to the contract's vendor; another vendor does not see the request at all
    run: async (w) => {
      const r = await requestIn(w.memberA.actor, w.vendorX.actor, await contractOf(w));
      return moveRequestAction(null, form({ requestId: r.id, move: "acknowledge" }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401, vendorX: "ok", vendorY: 404 }),
  },
  "app/actions/requests.ts#approveRequestAction": {
    // the matrix's member personas are administrators: approving belongs to IT leads and purchasing officers
    run: async (w) => {
      await setRule(w.memberA.org.id, 0, "BOTH");
      const r = await requestIn(w.memberA.actor, w.vendorX.actor, await contractOf(w));
      return approveRequestAction(null, form({ requestId: r.id }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401 }),
  },
  "app/actions/requests.ts#postMessageAction": {
    run: async (w) => {
      const r = await requestIn(w.memberA.actor, w.vendorX.actor, await contractOf(w));
      return postMessageAction(null, form({ requestId: r.id, body: "When can you deliver?" }));
    },
    expect: forAll<Outcome>("ok", { anonymous: 401, memberB: 404, vendorY: 404 }),
  },
  "app/actions/requests.ts#rateVendorAction": {
    run: async (w) => {
      const r = await requestIn(w.memberA.actor, w.vendorX.actor, await contractOf(w), "FULFILLED");
      return rateVendorAction(null, form({ requestId: r.id, quality: "5", timeliness: "4", support: "4", value: "5" }));
    },
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: "ok", memberB: 404 }),
  },
  "app/actions/requests.ts#setApprovalPolicyAction": {
    run: () => setApprovalPolicyAction(null, form({ threshold: "10,000", approvers: "BOTH" })),
    expect: memberOnly("ok"),
  },
};
