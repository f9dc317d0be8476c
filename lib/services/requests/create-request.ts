// Creating (and by default submitting) a purchase request is the portal's busiest write, so it is two SQL
// statements: one reads every fact the rules need, one writes the request, its lines, history, audit events and
// emails together. The rules themselves are the shared ones (pricing, eligibility, submission, emails).
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { deliverEmails, initialEmailStatus, logOutbox, type EmailInput } from "@/lib/email/send";
import { fiscalYearOf } from "@/lib/format";
import { createId } from "@/lib/ids";
import type { ApprovalRule, OrgRole, ProgramStage, PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { mayPriceFrom, pricesAsPilot, unitPriceCents } from "@/lib/services/contracts/access";
import { decidePurchaseEligibility, type MembershipFacts } from "@/lib/services/memberships/get-eligibility";
import { closedContractRefusal, RequestRefusedError } from "./eligibility";
import type { CreateRequestInput } from "./inputs";
import { composeEmails } from "./notify";
import { actorLabel, rolesFor } from "./rules";
import { planSubmission, submissionNews, type SubmissionPlan } from "./submission";

const MAX_TOTAL_CENTS = 2_000_000_000; // the column is a 32-bit integer: $20 million per request

export type CreatedRequest = { id: string; number: number; status: string; totalCents: number; replayed: boolean };

/**
 * Builds a request from the contract's price schedule (pilot prices for pilot participants) and, unless it is a
 * draft, submits it. The idempotency key is unique per organization: a double click, a retry or a resubmission
 * returns the request the key first created.
 */
export async function createRequest({
  actor,
  input,
}: {
  actor: Actor | null;
  input: CreateRequestInput;
}): Promise<CreatedRequest> {
  assertCan(actor, "requests.create");
  const now = new Date();
  const facts = await loadFacts(actor, input, now);
  if (facts.existing) return { ...facts.existing, replayed: true };

  const contract = facts.contract;
  if (!contract) throw new NotFoundError();
  if (!mayPriceFrom(actor, contract.status, contract.vendorOrganizationId, contract.isPilotParticipant))
    throw closedContractRefusal(contract.status) ?? new NotFoundError();
  const eligibility = decidePurchaseEligibility(actor.organization.kind, facts.membership, facts.fiscalYear, now);
  if (!eligibility.eligible) throw new RequestRefusedError(eligibility.reason, eligibility.action);

  const asPilot = pricesAsPilot(contract.status, contract.isPilotParticipant);
  const lines = priceLines(
    contract.lines.map((l) => ({ ...l, unitPriceCents: unitPriceCents(l, asPilot) })),
    input.lines,
  );
  const totalCents = totalOf(lines);

  const request = {
    id: createId(),
    number: facts.nextNumber,
    organization: { name: actor.organization.name },
    contract,
  };
  const plan = input.submit ? planSubmission(totalCents, facts.policy) : null;
  const emails = plan ? submissionEmails(actor, request, plan, totalCents, facts) : [];
  const written = await writeRequest({
    actor,
    input,
    now,
    request,
    contract,
    lines,
    totalCents,
    asPilot,
    plan,
    emails,
  });
  if (!written) {
    // Another submission with the same key won the race: answer with its request.
    const winner = (await loadFacts(actor, input, now)).existing;
    if (winner) return { ...winner, replayed: true };
    throw new Error("The request could not be saved; try again.");
  }
  logOutbox(emails);
  await deliverEmails(written.emailIds);
  return { id: request.id, number: request.number, status: plan?.status ?? "DRAFT", totalCents, replayed: false };
}

type Facts = {
  existing: { id: string; number: number; status: PurchaseRequestStatus; totalCents: number } | null;
  contract: {
    id: string;
    number: string;
    title: string;
    status: ProgramStage;
    vendorOrganizationId: string;
    isPilotParticipant: boolean;
    lines: {
      id: string;
      itemCode: string;
      description: string;
      unit: string;
      contractPriceCents: number;
      pilotPriceCents: number | null;
    }[];
  } | null;
  membership: MembershipFacts;
  fiscalYear: number;
  policy: { thresholdCents: number; approvers: ApprovalRule } | null;
  vendorEmails: string[];
  people: { email: string; role: OrgRole }[];
  nextNumber: number;
};

/** Every fact the rules need, in one statement; a request number is drawn only when the key is new. */
async function loadFacts(actor: Actor, input: CreateRequestInput, now: Date): Promise<Facts> {
  const org = actor.organization.id;
  const fiscalYear = fiscalYearOf(now);
  const [row] = await sql<
    Omit<Facts, "fiscalYear" | "membership"> & {
      membership:
        (Omit<NonNullable<MembershipFacts>, "dueAt" | "graceEndsAt"> & { dueAt: string; graceEndsAt: string }) | null;
    }
  >(Prisma.sql`
    WITH existing AS (
      SELECT r.id, r.number, r.status, r."totalCents" FROM "PurchaseRequest" r
      WHERE r."organizationId" = ${org} AND r."idempotencyKey" = ${input.idempotencyKey}
    ), contract AS (
      SELECT c.id, c.number, c.title, c.status, c."vendorOrganizationId" FROM "Contract" c WHERE c.id = ${input.contractId}
    )
    SELECT
      (SELECT row_to_json(e) FROM existing e) AS "existing",
      (SELECT json_build_object(
         'id', c.id, 'number', c.number, 'title', c.title, 'status', c.status, 'vendorOrganizationId', c."vendorOrganizationId",
         'isPilotParticipant', EXISTS (SELECT 1 FROM "PilotParticipant" p WHERE p."contractId" = c.id AND p."organizationId" = ${org}),
         'lines', COALESCE((SELECT json_agg(json_build_object('id', l.id, 'itemCode', l."itemCode", 'description', l.description, 'unit', l.unit,
                                                            'contractPriceCents', l."contractPriceCents", 'pilotPriceCents', l."pilotPriceCents")
                                            ORDER BY l.position, l."itemCode")
                            FROM "PriceLine" l WHERE l."contractId" = c.id), '[]'::json))
       FROM contract c) AS "contract",
      (SELECT json_build_object('status', m.status, 'feeDueCents', m."feeDueCents", 'isRenewal', m."isRenewal", 'dueAt', m."dueAt" AT TIME ZONE 'UTC', 'graceEndsAt', m."graceEndsAt" AT TIME ZONE 'UTC')
       FROM "Membership" m WHERE m."organizationId" = ${org} AND m."fiscalYear" = ${fiscalYear}) AS "membership",
      (SELECT json_build_object('thresholdCents', a."thresholdCents", 'approvers', a.approvers) FROM "ApprovalPolicy" a WHERE a."organizationId" = ${org}) AS "policy",
      COALESCE((SELECT json_agg(u.email) FROM "OrganizationUser" ou JOIN "User" u ON u.id = ou."userId"
                WHERE ou."organizationId" = (SELECT "vendorOrganizationId" FROM contract)), '[]'::json) AS "vendorEmails",
      COALESCE((SELECT json_agg(json_build_object('email', u.email, 'role', ou.role)) FROM "OrganizationUser" ou JOIN "User" u ON u.id = ou."userId"
                WHERE ou."organizationId" = ${org}), '[]'::json) AS "people",
      (SELECT nextval(pg_get_serial_sequence('"PurchaseRequest"', 'number'))::int WHERE NOT EXISTS (SELECT 1 FROM existing)) AS "nextNumber"`);
  const m = row.membership;
  return {
    ...row,
    fiscalYear,
    membership: m ? { ...m, dueAt: new Date(m.dueAt), graceEndsAt: new Date(m.graceEndsAt) } : null,
  };
}

type RequestForMail = {
  id: string;
  number: number;
  organization: { name: string };
  contract: { number: string; title: string };
};

/** Approvers (not the buyer) when it waits for them; otherwise the vendor's people and the buyer. */
function submissionEmails(
  actor: Actor,
  r: RequestForMail,
  plan: SubmissionPlan,
  totalCents: number,
  facts: Facts,
): EmailInput[] {
  if (plan.approvalRule && facts.policy) {
    const roles = rolesFor(plan.approvalRule);
    const approvers = [
      ...new Set(facts.people.filter((p) => roles.includes(p.role) && p.email !== actor.email).map((p) => p.email)),
    ];
    const news = submissionNews.approvers(actor, totalCents, facts.policy.thresholdCents);
    return composeEmails(r, approvers, news.headline, news.body);
  }
  const toVendor = submissionNews.vendor(actor.organization.name, totalCents);
  const toTown = submissionNews.town(totalCents);
  return [
    ...composeEmails(r, [...new Set(facts.vendorEmails)], toVendor.headline, toVendor.body),
    ...composeEmails(r, [actor.email], toTown.headline, toTown.body),
  ];
}

type Write = {
  actor: Actor;
  input: CreateRequestInput;
  now: Date;
  request: { id: string; number: number };
  contract: NonNullable<Facts["contract"]>;
  lines: ReturnType<typeof priceLines>;
  totalCents: number;
  asPilot: boolean;
  plan: SubmissionPlan | null;
  emails: EmailInput[];
};

/**
 * One statement, so one transaction: the request (nothing at all when its key was taken meanwhile: the unique
 * index decides), its lines, its history and audit events (create, then submit) and its emails.
 */
async function writeRequest(w: Write): Promise<{ emailIds: string[] } | null> {
  const { actor, input, request, plan } = w;
  const status = plan?.status ?? "DRAFT";
  const label = actorLabel(actor);
  const submitted = plan && !plan.approvalRule ? w.now : null;
  const events = [
    { action: "create", from: null, to: "DRAFT", note: null },
    ...(plan ? [{ action: "submit", from: "DRAFT", to: plan.status, note: plan.note }] : []),
  ];
  const audits = [
    {
      action: "request.create",
      before: null,
      after: { contractId: w.contract.id, totalCents: w.totalCents, lines: w.lines.length, usesPilotPrices: w.asPilot },
    },
    ...(plan ? [{ action: "request.submit", before: { status: "DRAFT" }, after: plan.audit }] : []),
  ];
  const emailIds = w.emails.map(() => createId());
  const rows = await sql<{ id: string }>(Prisma.sql`
    WITH request AS (
      INSERT INTO "PurchaseRequest" (id, number, "organizationId", "contractId", "vendorOrganizationId", "createdById", "idempotencyKey", status,
                                     "poNumber", "neededBy", notes, "totalCents", "usesPilotPrices", "approvalRule", "submittedAt", "createdAt", "updatedAt")
      VALUES (${request.id}, ${request.number}, ${actor.organization.id}, ${w.contract.id}, ${w.contract.vendorOrganizationId}, ${actor.userId},
              ${input.idempotencyKey}, ${status}::"PurchaseRequestStatus", ${input.poNumber ?? null}, ${input.neededBy ?? null}, ${input.notes ?? null},
              ${w.totalCents}, ${w.asPilot}, ${plan?.approvalRule ?? null}::"ApprovalRule", ${submitted}, ${w.now}, ${w.now})
      ON CONFLICT ("organizationId", "idempotencyKey") DO NOTHING
      RETURNING id
    ), lines AS (
      INSERT INTO "PurchaseRequestLine" (id, "requestId", position, "priceLineId", "itemCode", description, unit, quantity, "unitPriceCents", "lineTotalCents")
      SELECT l.id, request.id, l.position, l."priceLineId", l."itemCode", l.description, l.unit, l.quantity, l."unitPriceCents", l."lineTotalCents"
      FROM request, unnest(${w.lines.map(() => createId())}::text[], ${w.lines.map((l) => l.position)}::int[], ${w.lines.map((l) => l.priceLineId)}::text[],
                           ${w.lines.map((l) => l.itemCode)}::text[], ${w.lines.map((l) => l.description)}::text[], ${w.lines.map((l) => l.unit)}::text[],
                           ${w.lines.map((l) => l.quantity)}::int[], ${w.lines.map((l) => l.unitPriceCents)}::int[], ${w.lines.map((l) => l.lineTotalCents)}::int[])
           AS l(id, position, "priceLineId", "itemCode", description, unit, quantity, "unitPriceCents", "lineTotalCents")
    ), events AS (
      INSERT INTO "PurchaseRequestEvent" (id, "requestId", action, "fromStatus", "toStatus", "actorUserId", "actorLabel", note, at)
      SELECT e.id, request.id, e.action, e."fromStatus"::"PurchaseRequestStatus", e."toStatus"::"PurchaseRequestStatus", ${actor.userId}, ${label}, e.note,
             ${w.now}::timestamp(3) + (e.n - 1) * interval '1 millisecond'
      FROM request, unnest(${events.map(() => createId())}::text[], ${events.map((e) => e.action)}::text[], ${events.map((e) => e.from)}::text[],
                           ${events.map((e) => e.to)}::text[], ${events.map((e) => e.note)}::text[]) WITH ORDINALITY AS e(id, action, "fromStatus", "toStatus", note, n)
    ), audit AS (
      INSERT INTO "AuditEvent" (id, at, "actorUserId", "organizationId", action, "entityType", "entityId", before, after)
      SELECT a.id, ${w.now}, ${actor.userId}, ${actor.organization.id}, a.action, 'PurchaseRequest', request.id, a.before::jsonb, a.after::jsonb
      FROM request, unnest(${audits.map(() => createId())}::text[], ${audits.map((a) => a.action)}::text[],
                           ${audits.map((a) => (a.before ? JSON.stringify(a.before) : null))}::text[], ${audits.map((a) => JSON.stringify(a.after))}::text[]) AS a(id, action, before, after)
    ), mail AS (
      INSERT INTO "EmailMessage" (id, "to", subject, text, status, "createdAt")
      SELECT m.id, m."to", m.subject, m.text, ${initialEmailStatus()}::"EmailStatus", ${w.now}
      FROM request, unnest(${emailIds}::text[], ${w.emails.map((m) => m.to)}::text[], ${w.emails.map((m) => m.subject)}::text[], ${w.emails.map((m) => m.text)}::text[])
           AS m(id, "to", subject, text)
    )
    SELECT id FROM request`);
  return rows.length ? { emailIds } : null;
}

/** The request's total; a request is limited to what its column holds. */
export function totalOf(lines: { lineTotalCents: number }[]): number {
  const totalCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  if (totalCents > MAX_TOTAL_CENTS)
    throw new ValidationError("A single request is limited to $20,000,000; split it into several.");
  return totalCents;
}

type ScheduleLine = { id: string; itemCode: string; description: string; unit: string; unitPriceCents: number };

/** Prices each requested line from the schedule; quantities of 0 are left out. */
export function priceLines(schedule: ScheduleLine[], requested: { priceLineId: string; quantity: number }[]) {
  const byId = new Map(schedule.map((l, i) => [l.id, { ...l, position: i }]));
  const quantities = new Map<string, number>();
  for (const r of requested) {
    if (!byId.has(r.priceLineId))
      throw new ValidationError("A line is not on this contract's price schedule; reload the page.");
    quantities.set(r.priceLineId, (quantities.get(r.priceLineId) ?? 0) + r.quantity);
  }
  const lines = [...quantities]
    .filter(([, q]) => q > 0)
    .map(([id, quantity]) => {
      const l = byId.get(id)!;
      return {
        position: l.position,
        priceLineId: l.id,
        itemCode: l.itemCode,
        description: l.description,
        unit: l.unit,
        quantity,
        unitPriceCents: l.unitPriceCents,
        lineTotalCents: l.unitPriceCents * quantity,
      };
    })
    .sort((a, b) => a.position - b.position);
  if (!lines.length)
    throw new ValidationError("Enter a quantity for at least one line.", {
      lines: ["Enter a quantity for at least one line."],
    });
  return lines;
}
