// Factories for the browser tests: each test mints its own organizations, people, contracts and requests in the
// suite's database (plain SQL: the app's Prisma client is server-only), then signs its people in by magic link.
import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { fiscalYearOf } from "../../lib/format";
import { query, signInByEmail } from "./support";

type OrgKind = "MUNICIPALITY" | "BOARD_OF_EDUCATION" | "LIBRARY" | "OTHER_PUBLIC" | "VENDOR" | "COOPERATIVE";
type OrgRole = "ADMIN" | "IT_LEAD" | "PURCHASING" | "STAFF";
export type Org = { id: string; name: string; slug: string };
export type Person = { id: string; email: string; name: string; organizationId: string };

const NOW = `(now() AT TIME ZONE 'UTC')`; // columns are UTC timestamps without a zone, as Prisma writes them

/** A short random tag that keeps names, emails and numbers of one test apart from every other. */
export const tag = () => crypto.randomBytes(4).toString("hex");
const newId = () => `e2e${crypto.randomBytes(10).toString("hex")}`;

/** An organization named `name` plus a tag (so each test's names are unique and searchable). */
export async function createOrganization(
  kind: OrgKind,
  name: string,
  input: { affiliations?: string[]; town?: string } = {},
): Promise<Org> {
  const org = { id: newId(), name: `${name} ${tag()}`, slug: "" };
  org.slug = org.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await query(
    `INSERT INTO "Organization" (id, slug, name, kind, town, affiliations, "entraTenantIds", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6::"Affiliation"[], '{}', ${NOW})`,
    [org.id, org.slug, org.name, kind, input.town ?? null, input.affiliations ?? []],
  );
  return org;
}

/** A person with a unique email, holding `role` in `org`. */
export async function createPerson(org: Org, role: OrgRole, name: string, title?: string): Promise<Person> {
  const person = { id: newId(), email: `${name.split(" ")[0].toLowerCase()}-${tag()}@e2e.example`, name };
  await query(`INSERT INTO "User" (id, email, name, title, "updatedAt") VALUES ($1, $2, $3, $4, ${NOW})`, [
    person.id,
    person.email,
    name,
    title ?? null,
  ]);
  await query(`INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role) VALUES ($1, $2, $3, $4)`, [
    newId(),
    org.id,
    person.id,
    role,
  ]);
  return { ...person, organizationId: org.id };
}

/** Gives `person` a further `role` in another organization (a person who acts for two). */
export async function addRole(person: Person, org: Org, role: OrgRole) {
  await query(`INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role) VALUES ($1, $2, $3, $4)`, [
    newId(),
    org.id,
    person.id,
    role,
  ]);
}

/** This fiscal year's membership: ACTIVE (may request purchases) or a new member's unpaid fee. */
export async function createMembership(org: Org, status: "ACTIVE" | "PENDING_PAYMENT", feeDueCents = 0) {
  await query(
    `INSERT INTO "Membership" (id, "organizationId", "fiscalYear", status, "feeDueCents", "feeBasis", "isRenewal",
       "dueAt", "graceEndsAt", "paidAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, '{}', false, ${NOW} + interval '10 days', ${NOW} + interval '40 days',
       ${status === "ACTIVE" ? NOW : "NULL"}, ${NOW})`,
    [newId(), org.id, fiscalYearOf(new Date()), status, feeDueCents],
  );
}

/** Requests above `thresholdCents` wait for an approver of `approvers` ("IT_LEAD", "PURCHASING" or "BOTH"). */
export async function createApprovalPolicy(org: Org, thresholdCents: number, approvers: string) {
  await query(
    `INSERT INTO "ApprovalPolicy" ("organizationId", "thresholdCents", approvers, "updatedAt") VALUES ($1, $2, $3, ${NOW})`,
    [org.id, thresholdCents, approvers],
  );
}

export type PriceLine = { id: string; itemCode: string; description: string; unit: string; cents: number };
export type Contract = { id: string; number: string; title: string; vendorId: string; lines: PriceLine[] };

/** A contract in the PROGRAM stage (open to every member) with the vendor's fixed prices. */
export async function createContract(
  vendor: Org,
  title: string,
  lines: [itemCode: string, description: string, unit: string, cents: number][],
): Promise<Contract> {
  const contract = { id: newId(), number: `E2E-${tag()}`, title: `${title} ${tag()}`, vendorId: vendor.id };
  await query(
    `INSERT INTO "Contract" (id, number, title, summary, category, "vendorOrganizationId", "termStart", "termEnd",
       "renewalOptions", status, "awardedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Networking', $5, ${NOW} - interval '300 days', ${NOW} + interval '1000 days',
       'One optional two-year renewal', 'PROGRAM', ${NOW} - interval '300 days', ${NOW})`,
    [contract.id, contract.number, contract.title, `${title}, installed and supported.`, vendor.id],
  );
  const priced: PriceLine[] = [];
  for (const [position, [itemCode, description, unit, cents]] of lines.entries()) {
    const line = { id: newId(), itemCode, description, unit, cents };
    await query(
      `INSERT INTO "PriceLine" (id, "contractId", position, "itemCode", description, unit, "contractPriceCents")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [line.id, contract.id, position, itemCode, description, unit, cents],
    );
    priced.push(line);
  }
  return { ...contract, lines: priced };
}

/**
 * A request by `buyer` for `quantity` of the contract's first line, already sent to the vendor (SUBMITTED) or
 * FULFILLED; `rating` (1 to 5 on every scale) rates a fulfilled one. Returns its id.
 */
export async function createRequest(
  buyer: Person,
  contract: Contract,
  input: { status: "SUBMITTED" | "FULFILLED"; quantity?: number; rating?: number },
): Promise<string> {
  const id = newId();
  const line = contract.lines[0];
  const quantity = input.quantity ?? 1;
  await query(
    `INSERT INTO "PurchaseRequest" (id, "organizationId", "contractId", "vendorOrganizationId", "createdById",
       "idempotencyKey", status, "totalCents", "submittedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ${NOW}, ${NOW})`,
    [id, buyer.organizationId, contract.id, contract.vendorId, buyer.id, newId(), input.status, quantity * line.cents],
  );
  await query(
    `INSERT INTO "PurchaseRequestLine" (id, "requestId", position, "priceLineId", "itemCode", description, unit,
       quantity, "unitPriceCents", "lineTotalCents") VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9)`,
    [newId(), id, line.id, line.itemCode, line.description, line.unit, quantity, line.cents, quantity * line.cents],
  );
  await query(
    `INSERT INTO "PurchaseRequestEvent" (id, "requestId", action, "toStatus", "actorUserId", "actorLabel")
     VALUES ($1, $2, 'submit', $3, $4, $5)`,
    [newId(), id, input.status, buyer.id, buyer.name],
  );
  if (input.rating)
    await query(
      `INSERT INTO "VendorRating" (id, "requestId", "contractId", "vendorOrganizationId", "organizationId",
         "ratedById", quality, timeliness, support, value) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $7)`,
      [newId(), id, contract.id, contract.vendorId, buyer.organizationId, buyer.id, input.rating],
    );
  return id;
}

/**
 * A browser page of its own, signed in as `person` through the sign-in form and the emailed link (the confirmation
 * page's axe check is left to the seeded personas' sign-ins, auth.setup.ts, to keep minted worlds quick).
 */
export async function signedIn(browser: Browser, person: Person | string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInByEmail(page, typeof person === "string" ? person : person.email, { axe: false });
  return page;
}
