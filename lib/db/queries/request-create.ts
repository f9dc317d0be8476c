// Creating a purchase request is the portal's busiest write, so it is two statements: one reads every fact the
// rules need (requestFacts), one writes the request with its lines, history, audit events and emails (insertRequest).
import "server-only";
import { z } from "zod";
import { sql } from "@/lib/db/queries/statement";
import type { AuditRow } from "@/lib/audit";
import type { EmailRow } from "@/lib/email/send";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApprovalRule, OrgRole, ProgramStage, PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/input/date";

const int = z.number().int();
const Facts = z.object({
  existing: z
    .object({ id: z.string(), number: int, status: z.enum(PurchaseRequestStatus), totalCents: int })
    .nullable(),
  contract: z
    .object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(ProgramStage),
      /** the term's last day, "YYYY-MM-DD" */
      termEnd: z.string(),
      vendorOrganizationId: z.string(),
      isPilotParticipant: z.boolean(),
      lines: z.array(
        z.object({
          id: z.string(),
          itemCode: z.string(),
          description: z.string(),
          unit: z.string(),
          contractPriceCents: int,
          pilotPriceCents: int.nullable(),
        }),
      ),
    })
    .nullable(),
  // JSON carries calendar dates as "YYYY-MM-DD", read as midnight UTC of that day (as Prisma reads a date column)
  membership: z
    .object({
      status: z.string(),
      feeDueCents: int,
      isRenewal: z.boolean(),
      dueAt: z.coerce.date(),
      graceEndsAt: z.coerce.date(),
    })
    .nullable(),
  policy: z.object({ thresholdCents: int, approvers: z.enum(ApprovalRule) }).nullable(),
  vendorEmails: z.array(z.string()),
  people: z.array(z.object({ email: z.string(), role: z.enum(OrgRole) })),
  nextNumber: int.nullable(),
});
export type RequestFacts = z.infer<typeof Facts>;

/**
 * In one statement: the request the organization's idempotency key already made (if any), the contract with its
 * price schedule and whether the organization is a pilot participant, the organization's membership of
 * `fiscalYear`, its approval policy and people, the vendor's people's addresses, and a request number drawn from
 * the sequence (null when the key was already used).
 */
export async function requestFacts(q: {
  organizationId: string;
  contractId: string;
  idempotencyKey: string;
  fiscalYear: number;
}): Promise<RequestFacts> {
  const org = q.organizationId;
  const [row] = await sql(
    Facts,
    Prisma.sql`
    WITH existing AS (
      SELECT r.id, r.number, r.status, r."totalCents" FROM "PurchaseRequest" r
      WHERE r."organizationId" = ${org} AND r."idempotencyKey" = ${q.idempotencyKey}
    ), contract AS (
      SELECT c.id, c.number, c.title, c.status, to_char(c."termEnd", 'YYYY-MM-DD') AS "termEnd", c."vendorOrganizationId" FROM "Contract" c WHERE c.id = ${q.contractId}
    )
    SELECT
      (SELECT row_to_json(e) FROM existing e) AS "existing",
      (SELECT json_build_object(
         'id', c.id, 'number', c.number, 'title', c.title, 'status', c.status, 'termEnd', c."termEnd", 'vendorOrganizationId', c."vendorOrganizationId",
         'isPilotParticipant', EXISTS (SELECT 1 FROM "PilotParticipant" p WHERE p."contractId" = c.id AND p."organizationId" = ${org}),
         'lines', COALESCE((SELECT json_agg(json_build_object('id', l.id, 'itemCode', l."itemCode", 'description', l.description, 'unit', l.unit,
                                                            'contractPriceCents', l."contractPriceCents", 'pilotPriceCents', l."pilotPriceCents")
                                            ORDER BY l.position, l."itemCode")
                            FROM "PriceLine" l WHERE l."contractId" = c.id), '[]'::json))
       FROM contract c) AS "contract",
      (SELECT json_build_object('status', m.status, 'feeDueCents', m."feeDueCents", 'isRenewal', m."isRenewal", 'dueAt', m."dueAt", 'graceEndsAt', m."graceEndsAt")
       FROM "Membership" m WHERE m."organizationId" = ${org} AND m."fiscalYear" = ${q.fiscalYear}) AS "membership",
      (SELECT json_build_object('thresholdCents', a."thresholdCents", 'approvers', a.approvers) FROM "ApprovalPolicy" a WHERE a."organizationId" = ${org}) AS "policy",
      COALESCE((SELECT json_agg(u.email) FROM "OrganizationUser" ou JOIN "User" u ON u.id = ou."userId"
                WHERE ou."organizationId" = (SELECT "vendorOrganizationId" FROM contract)), '[]'::json) AS "vendorEmails",
      COALESCE((SELECT json_agg(json_build_object('email', u.email, 'role', ou.role)) FROM "OrganizationUser" ou JOIN "User" u ON u.id = ou."userId"
                WHERE ou."organizationId" = ${org}), '[]'::json) AS "people",
      (SELECT nextval(pg_get_serial_sequence('"PurchaseRequest"', 'number'))::int WHERE NOT EXISTS (SELECT 1 FROM existing)) AS "nextNumber"`,
  );
  return row;
}

export type RequestInsert = {
  at: Date;
  request: {
    id: string;
    number: number;
    organizationId: string;
    contractId: string;
    vendorOrganizationId: string;
    createdById: string;
    idempotencyKey: string;
    status: PurchaseRequestStatus;
    poNumber: string | null;
    /** A calendar date, "YYYY-MM-DD". */
    neededBy: CalendarDate | null;
    notes: string | null;
    totalCents: number;
    usesPilotPrices: boolean;
    approvalRule: ApprovalRule | null;
    submittedAt: Date | null;
  };
  lines: {
    id: string;
    position: number;
    priceLineId: string;
    itemCode: string;
    description: string;
    unit: string;
    quantity: number;
    unitPriceCents: number;
    lineTotalCents: number;
  }[];
  /** The request's history, in order; the n-th is stamped `at` + (n - 1) ms so the order survives. */
  events: { id: string; action: string; from: string | null; to: string; note: string | null }[];
  actor: { userId: string; label: string };
  /** rows of recordAudit's shape (lib/audit.ts) */
  audits: AuditRow[];
  /** rows of queueEmails's shape (lib/email/send.ts) */
  emails: EmailRow[];
};

const Inserted = z.object({ id: z.string() });
const col = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);
// arrays are passed as text: dates as UTC ISO strings (as `sql` does for single values), JSON as its text
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * One statement, so one transaction: the request and, only if it was inserted, its lines, history, audit events
 * and emails. False, and nothing written, when the organization's idempotency key was taken meanwhile (the unique
 * index decides).
 */
export async function insertRequest(w: RequestInsert): Promise<boolean> {
  const { request: r, lines: l, events: e, audits: a, emails: m } = w;
  const rows = await sql(
    Inserted,
    Prisma.sql`
    WITH request AS (
      INSERT INTO "PurchaseRequest" (id, number, "organizationId", "contractId", "vendorOrganizationId", "createdById", "idempotencyKey", status,
                                     "poNumber", "neededBy", notes, "totalCents", "usesPilotPrices", "approvalRule", "submittedAt", "createdAt", "updatedAt")
      VALUES (${r.id}, ${r.number}, ${r.organizationId}, ${r.contractId}, ${r.vendorOrganizationId}, ${r.createdById},
              ${r.idempotencyKey}, ${r.status}::"PurchaseRequestStatus", ${r.poNumber}, ${r.neededBy}::date, ${r.notes},
              ${r.totalCents}, ${r.usesPilotPrices}, ${r.approvalRule}::"ApprovalRule", ${r.submittedAt}, ${w.at}, ${w.at})
      ON CONFLICT ("organizationId", "idempotencyKey") DO NOTHING
      RETURNING id
    ), lines AS (
      INSERT INTO "PurchaseRequestLine" (id, "requestId", position, "priceLineId", "itemCode", description, unit, quantity, "unitPriceCents", "lineTotalCents")
      SELECT l.id, request.id, l.position, l."priceLineId", l."itemCode", l.description, l.unit, l.quantity, l."unitPriceCents", l."lineTotalCents"
      FROM request, unnest(${col(l, (x) => x.id)}::text[], ${col(l, (x) => x.position)}::int[], ${col(l, (x) => x.priceLineId)}::text[],
                           ${col(l, (x) => x.itemCode)}::text[], ${col(l, (x) => x.description)}::text[], ${col(l, (x) => x.unit)}::text[],
                           ${col(l, (x) => x.quantity)}::int[], ${col(l, (x) => x.unitPriceCents)}::int[], ${col(l, (x) => x.lineTotalCents)}::int[])
           AS l(id, position, "priceLineId", "itemCode", description, unit, quantity, "unitPriceCents", "lineTotalCents")
    ), events AS (
      INSERT INTO "PurchaseRequestEvent" (id, "requestId", action, "fromStatus", "toStatus", "actorUserId", "actorLabel", note, at)
      SELECT e.id, request.id, e.action, e."fromStatus"::"PurchaseRequestStatus", e."toStatus"::"PurchaseRequestStatus", ${w.actor.userId}, ${w.actor.label}, e.note,
             ${w.at}::timestamp(3) + (e.n - 1) * interval '1 millisecond'
      FROM request, unnest(${col(e, (x) => x.id)}::text[], ${col(e, (x) => x.action)}::text[], ${col(e, (x) => x.from)}::text[],
                           ${col(e, (x) => x.to)}::text[], ${col(e, (x) => x.note)}::text[]) WITH ORDINALITY AS e(id, action, "fromStatus", "toStatus", note, n)
    ), audit AS (
      INSERT INTO "AuditEvent" (id, at, "actorUserId", "organizationId", action, "entityType", "entityId", before, after, ip)
      SELECT a.id, a.at, a."actorUserId", a."organizationId", a.action, a."entityType", a."entityId", a.before::jsonb, a.after::jsonb, a.ip
      FROM request, unnest(${col(a, (x) => x.id)}::text[], ${col(a, (x) => x.at.toISOString())}::timestamp(3)[], ${col(a, (x) => x.actorUserId)}::text[],
                           ${col(a, (x) => x.organizationId)}::text[], ${col(a, (x) => x.action)}::text[], ${col(a, (x) => x.entityType)}::text[],
                           ${col(a, (x) => x.entityId)}::text[], ${col(a, (x) => json(x.before))}::text[], ${col(a, (x) => json(x.after))}::text[],
                           ${col(a, (x) => x.ip)}::text[]) AS a(id, at, "actorUserId", "organizationId", action, "entityType", "entityId", before, after, ip)
    ), mail AS (
      INSERT INTO "EmailMessage" (id, "to", subject, text, html, status, "createdAt")
      SELECT m.id, m."to", m.subject, m.text, m.html, m.status::"EmailStatus", m."createdAt"
      FROM request, unnest(${col(m, (x) => x.id)}::text[], ${col(m, (x) => x.to)}::text[], ${col(m, (x) => x.subject)}::text[], ${col(m, (x) => x.text)}::text[],
                           ${col(m, (x) => x.html)}::text[], ${col(m, (x) => x.status)}::text[], ${col(m, (x) => x.createdAt.toISOString())}::timestamp(3)[])
           AS m(id, "to", subject, text, html, status, "createdAt")
    )
    SELECT id FROM request`,
  );
  return rows.length > 0;
}
