// Authorization matrix rows for the membership, payment and member-administration actions.
import {
  approveApplicationAction,
  recordOfflinePaymentAction,
  rejectApplicationAction,
  saveFeeScheduleAction,
  startCheckoutAction,
  submitApplicationAction,
} from "@/app/actions/memberships";
import { changeUserRoleAction, inviteUserAction, removeUserAction } from "@/app/actions/organization-users";
import { submitApplication } from "@/lib/services/memberships/submit-application";
import { uid } from "../factories";
import { createMembershipRow } from "../factories/memberships";
import { forAll } from "./personas";
import { form, type ActionRow, type Outcome, type World } from "./actions";

const staffOnly = (staff: Outcome) => forAll<Outcome>(403, { anonymous: 401, staff });

async function freshApplication(claims: ("CRCOG" | "CRPC" | "COST")[] = ["CRCOG"]) {
  return submitApplication({
    input: {
      kind: "MUNICIPALITY",
      legalName: `Town of ${uid("Matrix")}`,
      town: "Matrixville",
      address: "1 Main St",
      contactName: "Pat Applicant",
      contactEmail: `${uid("apply")}@example.test`,
      affiliations: claims,
    },
    ip: "192.0.2.10",
  });
}

const memberships = new WeakMap<World, Promise<{ a: string; b: string }>>();
/** One unpaid membership for member A's organization and one for member B's, per world. */
function worldMemberships(w: World) {
  if (!memberships.has(w)) {
    memberships.set(
      w,
      (async () => ({
        a: (await createMembershipRow(w.memberA.org.id)).id,
        b: (await createMembershipRow(w.memberB.org.id)).id,
      }))(),
    );
  }
  return memberships.get(w)!;
}

export const MEMBERSHIP_ACTION_ROWS: Record<string, ActionRow> = {
  "app/actions/memberships.ts#submitApplicationAction": {
    // public: anyone may apply
    run: () =>
      submitApplicationAction(
        null,
        form({
          kind: "LIBRARY",
          legalName: `${uid("Matrix")} Library`,
          town: "Matrixville",
          address: "1 Main St",
          contactName: "Pat Applicant",
          contactEmail: `${uid("apply")}@example.test`,
        }),
      ),
    expect: forAll<Outcome>("redirect"),
  },
  "app/actions/memberships.ts#approveApplicationAction": {
    run: async () => approveApplicationAction(null, form({ id: (await freshApplication()).id, verified_CRCOG: "on" })),
    expect: staffOnly("redirect"),
  },
  "app/actions/memberships.ts#rejectApplicationAction": {
    run: async () =>
      rejectApplicationAction(null, form({ id: (await freshApplication()).id, reason: "Not a public entity." })),
    expect: staffOnly("redirect"),
  },
  "app/actions/memberships.ts#saveFeeScheduleAction": {
    run: () =>
      saveFeeScheduleAction(
        null,
        form({ fiscalYear: "2099", independentFee: "250", libraryFee: "150", gracePeriodDays: "30" }),
      ),
    expect: staffOnly("ok"),
  },
  "app/actions/memberships.ts#startCheckoutAction": {
    // everyone tries to pay member A's fee: B gets 404; A reaches the "online payment not configured" conflict
    run: async (w) => startCheckoutAction(null, form({ membershipId: (await worldMemberships(w)).a })),
    expect: forAll<Outcome>(403, { anonymous: 401, memberA: 409, memberB: 404 }),
  },
  "app/actions/memberships.ts#recordOfflinePaymentAction": {
    run: async (w) =>
      recordOfflinePaymentAction(
        null,
        form({
          membershipId: (await worldMemberships(w)).b,
          method: "CHECK",
          amount: "1.00",
          reference: uid("Check"),
          receivedOn: "2026-11-02",
          confirmDifferentAmount: "1.00", // a part payment, confirmed for this amount
        }),
      ),
    expect: staffOnly("redirect"),
  },
  "app/actions/organization-users.ts#inviteUserAction": {
    // each admin invites into their own organization
    run: () =>
      inviteUserAction(null, form({ email: `${uid("invitee")}@example.test`, name: "New Person", role: "STAFF" })),
    expect: forAll<Outcome>("ok", { anonymous: 401 }),
  },
  "app/actions/organization-users.ts#changeUserRoleAction": {
    // everyone targets member A's only admin: another tenant's person is a 404; A cannot demote its last admin
    run: (w) => changeUserRoleAction(null, form({ userId: w.memberA.user.id, role: "STAFF" })),
    expect: forAll<Outcome>(404, { anonymous: 401, memberA: 409 }),
  },
  "app/actions/organization-users.ts#removeUserAction": {
    run: (w) => removeUserAction(null, form({ userId: w.memberA.user.id })),
    expect: forAll<Outcome>(404, { anonymous: 401, memberA: 409 }),
  },
};
