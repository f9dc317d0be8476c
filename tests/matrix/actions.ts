// Authorization matrix for every server action: each is called for real, as each persona,
// against the test database (tests/matrix/actions.test.ts runs it).
import { requestSignInLink, signOutAction, switchOrganizationAction } from "@/app/actions/session";
import type { matrixWorld } from "../factories";
import { forAll, type Persona } from "./personas";
import { PROGRAM_ACTION_ROWS } from "./actions-programs";
import { MEMBERSHIP_ACTION_ROWS } from "./actions-memberships";
import { REQUEST_ACTION_ROWS } from "./actions-requests";

export type Outcome = "ok" | "redirect" | 401 | 403 | 404 | 409 | 422 | 429;
export type World = Awaited<ReturnType<typeof matrixWorld>>;

export type ActionRow = {
  run: (world: World, persona: Persona) => Promise<unknown>;
  expect: Record<Persona, Outcome>;
};

export function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

export const ACTION_MATRIX: Record<string, ActionRow> = {
  "app/actions/session.ts#requestSignInLink": {
    run: (w, p) =>
      requestSignInLink(null, form({ email: p === "anonymous" ? "nobody@example.test" : w[p].user.email })),
    expect: forAll<Outcome>("redirect"),
  },
  "app/actions/session.ts#switchOrganizationAction": {
    // everyone tries to act for member A's organization: only member A belongs to it
    run: (w) => switchOrganizationAction(null, form({ organizationId: w.memberA.org.id })),
    expect: forAll<Outcome>(404, { anonymous: 401, memberA: "redirect" }),
  },
  "app/actions/session.ts#signOutAction": {
    run: () => signOutAction(),
    expect: forAll<Outcome>("redirect"),
  },
  // programs, contracts and pilots
  ...PROGRAM_ACTION_ROWS,
  // memberships, fees, payments and member administration
  ...MEMBERSHIP_ACTION_ROWS,
  // purchase requests
  ...REQUEST_ACTION_ROWS,
};
