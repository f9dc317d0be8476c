// Demo memberships for FY2027 (July 1, 2026 – June 30, 2027): the fee schedule, a membership
// for every member organization, some paid with receipts, some not, and two applications
// waiting for staff. Idempotent: upserts on natural keys.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { OrgKind, PaymentMethod } from "../../lib/generated/prisma/enums";
import { addDays, feeDueCents, MEMBER_KINDS, newMemberDueAt, renewalDueAt } from "../../lib/services/fees/rules";
import { normalizeEntityName } from "../../lib/services/memberships/rules";

const FY = 2027;

// Plausible small fees: libraries pay less, boards of education a little more, towns and
// other public entities the $250 default.
const SCHEDULE = {
  fiscalYear: FY,
  independentFeeCents: 250_00,
  municipalityFeeCents: null,
  boardOfEducationFeeCents: 350_00,
  libraryFeeCents: 150_00,
  otherPublicFeeCents: null,
  gracePeriodDays: 30,
};

/** Independents that already paid, how, and when (the rest of the independent towns alternate). */
const PAID: Record<string, { method: PaymentMethod; reference: string; on: string }> = {
  "new-london-public-schools": { method: "CHECK", reference: "Check 20417", on: "2026-07-14" },
  "otis-library": { method: "ACH", reference: "ACH trace 0210-00093", on: "2026-08-02" },
  "south-central-regional-water-authority": { method: "PURCHASE_ORDER", reference: "PO 27-00412", on: "2026-07-28" },
};

/** Joined this fiscal year (not renewals): Russell Library was approved in October and has not paid yet. */
const NEW_MEMBERS: Record<string, string> = { "russell-library": "2026-10-20T15:00:00Z" };

const APPLICATIONS = [
  {
    kind: "LIBRARY" as OrgKind,
    legalName: "Cheshire Public Library",
    town: "Cheshire",
    address: "104 Main Street, Cheshire, CT 06410",
    website: "https://www.cheshirelibrary.org",
    contactName: "Dana Whitfield",
    contactEmail: "dwhitfield@cheshirelibrary.example",
    contactTitle: "Library Director",
    claimedAffiliations: [],
    createdAt: new Date("2026-11-18T14:20:00Z"),
  },
  {
    kind: "BOARD_OF_EDUCATION" as OrgKind,
    legalName: "Canton Board of Education",
    town: "Canton",
    address: "4 Market Street, Collinsville, CT 06019",
    website: null,
    contactName: "Morgan Reyes",
    contactEmail: "mreyes@cantonschools.example",
    contactTitle: "Director of Technology",
    claimedAffiliations: ["CRCOG", "COST"] as ("CRCOG" | "COST")[],
    createdAt: new Date("2026-11-20T16:05:00Z"),
  },
];

function stableHash(s: string) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export async function seedMemberships(db: PrismaClient) {
  await db.feeSchedule.upsert({ where: { fiscalYear: FY }, create: SCHEDULE, update: SCHEDULE });
  const orgs = await db.organization.findMany({
    where: { kind: { in: [...MEMBER_KINDS] } },
    select: { id: true, slug: true, kind: true, affiliations: true },
    orderBy: { slug: "asc" },
  });
  for (const org of orgs) {
    const fee = feeDueCents(SCHEDULE, org.kind, org.affiliations);
    const joined = NEW_MEMBERS[org.slug];
    const dueAt = joined ? newMemberDueAt(new Date(joined)) : renewalDueAt(FY);
    const graceEndsAt = addDays(dueAt, SCHEDULE.gracePeriodDays);
    const paid =
      fee === 0
        ? null
        : (PAID[org.slug] ??
          (org.kind === "MUNICIPALITY" && stableHash(org.slug) % 2 === 0
            ? {
                method: "CHECK" as const,
                reference: `Check ${10000 + (stableHash(org.slug) % 9000)}`,
                on: "2026-07-21",
              }
            : null));
    const paidAt = paid ? new Date(`${paid.on}T12:00:00Z`) : null;
    // unpaid renewals are past their grace period by November: lapsed, as the daily job would leave them
    const status = fee === 0 || paid ? "ACTIVE" : joined ? "PENDING_PAYMENT" : "LAPSED";
    const data = {
      status,
      feeDueCents: fee,
      feeBasis: org.affiliations,
      isRenewal: !joined,
      dueAt,
      graceEndsAt,
      paidAt,
    } as const;
    const m = await db.membership.upsert({
      where: { organizationId_fiscalYear: { organizationId: org.id, fiscalYear: FY } },
      create: { organizationId: org.id, fiscalYear: FY, ...data },
      update: data,
      select: { id: true },
    });
    if (
      paid &&
      !(await db.membershipPayment.findFirst({
        where: { membershipId: m.id, reference: paid.reference },
        select: { id: true },
      }))
    ) {
      await db.membershipPayment.create({
        data: {
          membershipId: m.id,
          organizationId: org.id,
          amountCents: fee,
          method: paid.method,
          status: "SUCCEEDED",
          reference: paid.reference,
          receivedAt: paidAt,
        },
      });
    }
  }
  for (const a of APPLICATIONS) {
    const normalizedName = normalizeEntityName(a.legalName);
    if (await db.membershipApplication.findFirst({ where: { normalizedName }, select: { id: true } })) continue;
    await db.membershipApplication.create({ data: { ...a, normalizedName } });
  }
}
