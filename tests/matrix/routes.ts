// Authorization matrix for every page and route handler, checked over HTTP against the
// built app (tests/e2e/matrix.spec.ts). A route in app/ without a row fails
// tests/matrix/completeness.test.ts.
import { forAll, type Persona } from "./personas";

/** A status code, "signin" (redirected to sign-in) or a redirect to another path. */
export type Expected = number | "signin" | { redirect: string };

export type MatrixContext = {
  /** Runs SQL against the portal's database, e.g. to find a seeded id. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
};

export type RouteRow = {
  route: string;
  method?: "GET" | "POST";
  path: string | ((ctx: MatrixContext) => Promise<string>);
  expect: Record<Persona, Expected>;
  /** Text that must never appear for a persona whose expectation is not 200. */
  secret?: string;
};

const signedIn = (status: Expected = 200) => forAll<Expected>(status, { anonymous: "signin" });
const staffOnly = () => forAll<Expected>(403, { anonymous: "signin", staff: 200 });

export const ROUTE_MATRIX: RouteRow[] = [
  { route: "/", path: "/", expect: forAll<Expected>(200) },
  { route: "/sign-in", path: "/sign-in", expect: forAll<Expected>({ redirect: "/dashboard" }, { anonymous: 200 }) },
  {
    route: "/sign-in/check-email",
    path: "/sign-in/check-email?email=someone%40example.test",
    expect: forAll<Expected>(200),
  },
  {
    route: "/sign-in/confirm",
    path: "/sign-in/confirm?token=abc&email=someone%40example.test",
    expect: forAll<Expected>(200),
  },
  { route: "/sign-in/error", path: "/sign-in/error?error=Verification", expect: forAll<Expected>(200) },
  { route: "/dev/mailbox", path: "/dev/mailbox", expect: forAll<Expected>(200) },
  { route: "/dashboard", path: "/dashboard", expect: signedIn(), secret: "Welcome" },
  { route: "/organization", path: "/organization", expect: signedIn(), secret: "People" },
  { route: "/staff/organizations", path: "/staff/organizations", expect: staffOnly(), secret: "Town of Andover" },
  { route: "/staff/audit", path: "/staff/audit", expect: staffOnly(), secret: "auth.sign_in" },
  { route: "/api/health", path: "/api/health", expect: forAll<Expected>(200) },
  { route: "/api/me", path: "/api/me", expect: forAll<Expected>(200, { anonymous: 401 }), secret: "organization" },
  { route: "/api/auth/[...nextauth]", path: "/api/auth/providers", expect: forAll<Expected>(200) },
  // programs, contracts and the catalog
  { route: "/staff/programs", path: "/staff/programs", expect: staffOnly(), secret: "Start a program" },
  {
    route: "/staff/programs/[id]",
    path: async ({ query }) =>
      `/staff/programs/${(await query<{ id: string }>(`SELECT id FROM "Program" WHERE slug = 'gis-web-mapping'`))[0].id}`,
    expect: staffOnly(),
    secret: "Housatonic",
  },
  { route: "/programs", path: "/programs", expect: signedIn() },
  {
    // a posted solicitation: every member and vendor reads it; staff are sent to the management page
    route: "/programs/[id]",
    path: async ({ query }) =>
      `/programs/${(await query<{ id: string }>(`SELECT id FROM "Program" WHERE slug = 'managed-detection-response'`))[0].id}`,
    expect: forAll<Expected>(200, { anonymous: "signin", staff: { redirect: "/staff/programs/" } }),
  },
  {
    route: "/vendor/contracts",
    path: "/vendor/contracts",
    expect: forAll<Expected>(403, { anonymous: "signin", vendorX: 200, vendorY: 200 }),
  },
  {
    route: "/vendor/proposals",
    path: "/vendor/proposals",
    expect: forAll<Expected>(403, { anonymous: "signin", vendorX: 200, vendorY: 200 }),
  },
  {
    route: "/vendor/pilot-issues",
    path: "/vendor/pilot-issues",
    expect: forAll<Expected>(403, { anonymous: "signin", vendorX: 200, vendorY: 200 }),
  },
  { route: "/contracts", path: "/contracts?q=network&sort=title", expect: forAll<Expected>(200) },
  {
    // an awarded contract not yet in pilot: only staff and its own vendor (Mystic Civic Software, not a persona)
    route: "/contracts/[id]",
    path: async ({ query }) =>
      `/contracts/${(await query<{ id: string }>(`SELECT id FROM "Contract" WHERE number = 'CRCOG-IT-2026-07-C'`))[0].id}`,
    expect: forAll<Expected>(404, { staff: 200 }),
    secret: "AGD-SM",
  },
  {
    // the packet carries prices: members, staff and the contract's vendor (Nutmeg = vendorX), never another vendor
    route: "/contracts/[id]/packet",
    path: async ({ query }) =>
      `/contracts/${(await query<{ id: string }>(`SELECT id FROM "Contract" WHERE number = 'CRCOG-IT-2025-04-C'`))[0].id}/packet`,
    expect: forAll<Expected>(200, { anonymous: "signin", vendorY: 404 }),
    secret: "NET-SW24",
  },
  { route: "/api/files", method: "POST", path: "/api/files", expect: forAll<Expected>(422, { anonymous: 401 }) },
  {
    // the seeded contract document of the PROGRAM contract: members, staff and its vendor
    route: "/api/files/[id]",
    path: async ({ query }) =>
      `/api/files/${(await query<{ fileId: string }>(`SELECT d."fileId" FROM "ContractDocument" d JOIN "Contract" c ON c.id = d."contractId" WHERE c.number = 'CRCOG-IT-2025-04-C' LIMIT 1`))[0].fileId}`,
    expect: forAll<Expected>(200, { anonymous: 404, vendorY: 404 }),
    secret: "%PDF",
  },
  // memberships, fees and payments
  { route: "/join", path: "/join", expect: forAll<Expected>(200) },
  { route: "/join/submitted", path: "/join/submitted?email=someone%40example.test", expect: forAll<Expected>(200) },
  {
    route: "/membership",
    path: "/membership",
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 200 }),
    secret: "Payments and receipts",
  },
  {
    route: "/membership/paid",
    path: "/membership/paid?session_id=cs_test_not_ours",
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 404, memberB: 404 }),
  },
  {
    // New London Public Schools' seeded check payment: neither member persona's, so 404 for them; staff see every receipt
    route: "/membership/receipts/[id]",
    path: async ({ query }) =>
      `/membership/receipts/${(await query<{ id: string }>(`SELECT id FROM "MembershipPayment" WHERE reference = 'Check 20417'`))[0].id}`,
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 404, memberB: 404, staff: 200 }),
    secret: "Check 20417",
  },
  { route: "/staff/applications", path: "/staff/applications", expect: staffOnly(), secret: "Cheshire Public Library" },
  {
    route: "/staff/applications/[id]",
    path: async ({ query }) =>
      `/staff/applications/${(await query<{ id: string }>(`SELECT id FROM "MembershipApplication" WHERE "legalName" = 'Cheshire Public Library'`))[0].id}`,
    expect: staffOnly(),
    secret: "dwhitfield",
  },
  { route: "/staff/fee-schedules", path: "/staff/fee-schedules", expect: staffOnly(), secret: "Grace period" },
  {
    route: "/staff/memberships/[id]",
    path: async ({ query }) =>
      `/staff/memberships/${(await query<{ id: string }>(`SELECT m.id FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE o.slug = 'russell-library' AND m."fiscalYear" = 2027`))[0].id}`,
    expect: staffOnly(),
    secret: "Russell Library",
  },
  { route: "/staff/payments", path: "/staff/payments", expect: staffOnly(), secret: "Check 20417" },
  {
    route: "/staff/organizations/export",
    path: "/staff/organizations/export?kind=LIBRARY",
    expect: staffOnly(),
    secret: "Russell Library",
  },
  // without STRIPE_WEBHOOK_SECRET (the e2e servers) the webhook is off for everyone; signatures are tested in tests/integration/memberships-webhook.test.ts
  { route: "/api/stripe/webhook", method: "POST", path: "/api/stripe/webhook", expect: forAll<Expected>(503) },
  // purchase requests: West Hartford's seeded request is memberA's, on Nutmeg's (vendorX) contract
  {
    route: "/requests",
    path: "/requests",
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 200 }),
    secret: "WH-2027-0113",
  },
  {
    route: "/requests/new",
    path: "/requests/new",
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 200 }),
    secret: "Request from",
  },
  {
    route: "/requests/new/[contractId]",
    path: async ({ query }) =>
      `/requests/new/${(await query<{ id: string }>(`SELECT id FROM "Contract" WHERE number = 'CRCOG-IT-2025-04-C'`))[0].id}`,
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 200 }),
    secret: "NET-SW24",
  },
  {
    route: "/requests/approval-rule",
    path: "/requests/approval-rule",
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 200 }),
  },
  {
    route: "/requests/[id]",
    path: async ({ query }) =>
      `/requests/${(await query<{ id: string }>(`SELECT id FROM "PurchaseRequest" WHERE "idempotencyKey" = 'seed-west-hartford-town-hall-wifi'`))[0].id}`,
    expect: forAll<Expected>(404, { anonymous: "signin", memberA: 200, vendorX: 200, staff: 200 }),
    secret: "WH-2027-0113",
  },
  {
    // the seeded draft is memberA's; vendors and staff do not build requests
    route: "/requests/[id]/edit",
    path: async ({ query }) =>
      `/requests/${(await query<{ id: string }>(`SELECT id FROM "PurchaseRequest" WHERE "idempotencyKey" = 'seed-west-hartford-library-switches-draft'`))[0].id}/edit`,
    expect: forAll<Expected>(403, { anonymous: "signin", memberA: 200, memberB: 404 }),
    secret: "Noah Webster Library",
  },
  {
    route: "/requests/[id]/print",
    path: async ({ query }) =>
      `/requests/${(await query<{ id: string }>(`SELECT id FROM "PurchaseRequest" WHERE "idempotencyKey" = 'seed-west-hartford-town-hall-wifi'`))[0].id}/print`,
    expect: forAll<Expected>(404, { anonymous: "signin", memberA: 200, vendorX: 200, staff: 200 }),
    secret: "WH-2027-0113",
  },
  {
    route: "/vendor/requests",
    path: "/vendor/requests",
    expect: forAll<Expected>(403, { anonymous: "signin", vendorX: 200, vendorY: 200 }),
    secret: "PR-000002",
  },
  { route: "/staff/requests", path: "/staff/requests", expect: staffOnly(), secret: "PR-000002" },
  {
    route: "/staff/requests/export",
    path: "/staff/requests/export?status=FULFILLED",
    expect: staffOnly(),
    secret: "WH-2027-0113",
  },
  // JSON submission for towns' own systems: members get past authorization (415 without a JSON body)
  {
    route: "/api/requests",
    method: "POST",
    path: "/api/requests",
    expect: forAll<Expected>(403, { anonymous: 401, memberA: 415, memberB: 415 }),
  },
];
