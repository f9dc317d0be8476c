// Demo programs in every stage, with contracts, price lines and a pilot with its issue log.
// Idempotent: each program and contract is created with its history once, keyed by slug / number.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ProgramStage } from "../../lib/generated/prisma/enums";
import { STAGES } from "../../lib/services/programs/stage-rules";
import { calendarDateToDb, todayInCooperative } from "../../lib/input/date";

const DAY = 86_400_000;
// Dated from the day the demo is loaded, so it does not age: a solicitation stays open, a term keeps its distance
// from today. One contract's term is over on purpose ("Endpoint protection and antivirus"): it shows as expired.
const NOW = new Date();
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const TODAY = calendarDateToDb(todayInCooperative(NOW));
/** The calendar day `days` from the day the seed runs (terms are dates), as a date column is written. */
const day = (days: number) => new Date(TODAY.getTime() + days * DAY);

type Line = [
  itemCode: string,
  description: string,
  unit: string,
  price: number,
  pilot: number | null,
  list: number | null,
];

type ContractSeed = {
  documents?: { title: string; filename: string }[];
  number: string;
  vendor: string;
  termStart: Date;
  termEnd: Date;
  renewalOptions: string;
  renewals: number;
  lines: Line[];
  pilots?: string[];
  issues?: IssueSeed[];
  awardBasis?: string;
};
type IssueSeed = {
  by: string;
  title: string;
  description: string;
  response?: string;
  resolution?: string;
  lessons?: string;
};

type ProgramSeed = {
  slug: string;
  title: string;
  category: string;
  summary: string;
  stage: ProgramStage;
  rfpNumber?: string;
  rfpDraft?: string;
  dueInDays?: number;
  questions?: string[];
  answers?: {
    org: string;
    interest: "HIGH" | "MEDIUM" | "LOW" | "NONE";
    timeline: "WITHIN_6_MONTHS" | "WITHIN_12_MONTHS" | "WITHIN_24_MONTHS" | "LATER";
    quantity?: number;
    budget?: number;
  }[];
  committee?: string[];
  comments?: { email: string; body: string }[];
  vendorQuestions?: { vendor: string; question: string; answer?: string }[];
  proposals?: { vendor: string; summary: string; lines: Line[]; scores?: Record<string, number[]> }[];
  contract?: ContractSeed;
};

const CRITERIA = [
  { name: "Technical approach", weight: 35 },
  { name: "Price", weight: 30 },
  { name: "Experience with Connecticut municipalities", weight: 20 },
  { name: "Support and implementation", weight: 15 },
];

const PROGRAMS: ProgramSeed[] = [
  {
    slug: "security-awareness-training",
    title: "Security awareness training and phishing simulation",
    category: "Cybersecurity",
    summary:
      "Annual training and simulated phishing for town and school staff, with reporting for cyber-insurance renewals.",
    stage: "FORECAST",
    questions: [
      "Would your organization buy security awareness training through the cooperative?",
      "How many staff accounts would you enroll?",
    ],
    answers: [
      { org: "town-of-bolton", interest: "HIGH", timeline: "WITHIN_6_MONTHS", quantity: 85, budget: 4_000 },
      { org: "town-of-union", interest: "MEDIUM", timeline: "WITHIN_12_MONTHS", quantity: 12, budget: 800 },
      { org: "russell-library", interest: "HIGH", timeline: "WITHIN_6_MONTHS", quantity: 40, budget: 2_000 },
    ],
  },
  {
    slug: "cloud-backup-disaster-recovery",
    title: "Cloud backup and disaster recovery",
    category: "Cloud services",
    summary:
      "Immutable off-site backup of servers and Microsoft 365 with tested recovery, for towns without a second site.",
    stage: "RFP_DRAFTING",
    rfpNumber: "CRCOG-IT-2027-03",
    rfpDraft:
      "1. Scope\nThe cooperative seeks immutable cloud backup for municipal servers and Microsoft 365 tenants, with recovery testing twice a year.\n\n2. Requirements\nData stored in the United States; CJIS-aware handling for police records; 30-day immutable retention at minimum.",
    committee: ["schen@westhartfordct.gov", "cmorgan@boltonct.org"],
    comments: [
      {
        email: "schen@westhartfordct.gov",
        body: "Please require restore tests that a town can witness, not only vendor-reported results.",
      },
      {
        email: "cmorgan@boltonct.org",
        body: "Schools need Google Workspace backup as an option, not only Microsoft 365.",
      },
    ],
  },
  {
    slug: "managed-detection-response",
    title: "Managed detection and response (MDR)",
    category: "Cybersecurity",
    summary: "24x7 monitoring of endpoints and identity with response by a security operations center.",
    stage: "SOLICITATION",
    rfpNumber: "CRCOG-IT-2027-02",
    rfpDraft:
      "The cooperative invites proposals for 24x7 managed detection and response covering endpoints and Microsoft Entra ID, with a named contact for each member.",
    dueInDays: 30,
    committee: ["schen@westhartfordct.gov"],
    vendorQuestions: [
      {
        vendor: "constitution-state-cybersecurity",
        question: "Should pricing be per endpoint or per user?",
        answer: "Per endpoint per year; you may add a per-user option.",
      },
    ],
  },
  {
    slug: "gis-web-mapping",
    title: "GIS web mapping and parcel viewer",
    category: "GIS",
    summary: "Hosted parcel viewer and web maps fed by the town's assessor data, with CAMA integration.",
    stage: "EVALUATION",
    rfpNumber: "CRCOG-IT-2027-01",
    rfpDraft: "Proposals are sought for a hosted parcel viewer integrated with CAMA systems used in Connecticut.",
    dueInDays: -10,
    committee: ["schen@westhartfordct.gov", "lbrooks@unionct.gov"],
    proposals: [
      {
        vendor: "housatonic-gis",
        summary: "Hosted parcel viewer on our platform with nightly CAMA sync.",
        lines: [["GIS-VIEW", "Parcel viewer subscription", "per town per year", 4_800, null, 6_500]],
        scores: { "schen@westhartfordct.gov": [8, 7, 9, 8] },
      },
      {
        vendor: "quinnipiac-data-systems",
        summary: "Web maps built on open-source components, hosted in Connecticut.",
        lines: [["QDS-MAP", "Web mapping service", "per town per year", 3_900, null, 5_000]],
      },
    ],
  },
  {
    slug: "agenda-minutes-management",
    title: "Agenda and minutes management",
    category: "Civic software",
    summary: "Meeting agendas, packets and minutes published to the web, meeting FOIA notice requirements.",
    stage: "AWARDED",
    rfpNumber: "CRCOG-IT-2026-07",
    rfpDraft: "Agenda management software for boards and commissions.",
    dueInDays: -120,
    committee: ["lbrooks@unionct.gov"],
    contract: {
      number: "CRCOG-IT-2026-07-C",
      vendor: "mystic-civic-software",
      termStart: day(20),
      termEnd: day(20 + 3 * 365),
      renewalOptions: "Two optional one-year renewals",
      renewals: 2,
      lines: [
        ["AGD-SM", "Agenda management, towns under 10,000 people", "per year", 2_400, 1_200, 3_600],
        ["AGD-LG", "Agenda management, towns over 10,000 people", "per year", 5_400, 2_700, 7_900],
      ],
    },
  },
  {
    slug: "microsoft-365-licensing-support",
    title: "Microsoft 365 licensing and managed support",
    category: "Cloud services",
    summary: "Government (GCC) Microsoft 365 licences with migration and help-desk support for small towns.",
    stage: "PILOT",
    rfpNumber: "CRCOG-IT-2026-05",
    rfpDraft: "Microsoft 365 GCC licensing with migration and support.",
    dueInDays: -200,
    committee: ["schen@westhartfordct.gov", "lbrooks@unionct.gov"],
    contract: {
      number: "CRCOG-IT-2026-05-C",
      vendor: "charter-oak-cloud-services",
      termStart: day(-90),
      termEnd: day(-90 + 3 * 365),
      renewalOptions: "Two optional one-year renewals",
      renewals: 2,
      lines: [
        ["M365-G3", "Microsoft 365 G3 (GCC) licence", "per user per month", 32, 24, 36],
        ["M365-MIG", "Tenant migration", "per mailbox, one time", 45, 20, 75],
        ["M365-HD", "Help desk support", "per user per month", 9, 5, 14],
      ],
      pilots: ["town-of-union", "town-of-bolton"],
      issues: [
        {
          by: "town-of-union",
          title: "Shared mailbox permissions lost in migration",
          description: "The clerk's shared mailbox lost its delegates after cut-over.",
          response: "Our migration script skipped delegate permissions; we have re-applied them and fixed the script.",
          resolution: "Delegates restored the same day; the script now migrates them.",
          lessons: "Export mailbox permissions before cut-over and compare afterwards.",
        },
        {
          by: "town-of-bolton",
          title: "Police laptops need CJIS-compliant MFA",
          description: "Our police department needs MFA that meets CJIS policy on shared laptops.",
          response: "We are configuring certificate-based authentication for the shared laptops.",
        },
      ],
    },
  },
  {
    slug: "network-infrastructure-wifi",
    title: "Network infrastructure and Wi-Fi",
    category: "Networking",
    summary:
      "Switches, firewalls and Wi-Fi for town halls, libraries and schools, installed and supported by a Connecticut integrator.",
    stage: "PROGRAM",
    rfpNumber: "CRCOG-IT-2025-04",
    rfpDraft: "Network hardware with installation and support.",
    dueInDays: -420,
    committee: ["schen@westhartfordct.gov"],
    contract: {
      number: "CRCOG-IT-2025-04-C",
      vendor: "nutmeg-network-solutions",
      termStart: day(-300),
      termEnd: day(-300 + 4 * 365),
      renewalOptions: "One optional two-year renewal",
      renewals: 1,
      lines: [
        ["NET-SW24", "24-port PoE access switch, installed", "each", 1_850, 1_400, 2_600],
        ["NET-FW1", "Next-generation firewall, small office", "each", 2_200, 1_650, 3_100],
        ["NET-AP6", "Wi-Fi 6 access point, installed", "each", 540, 400, 780],
        ["NET-SUP", "Network support", "per site per month", 180, 120, 250],
      ],
      pilots: ["town-of-west-hartford"],
      documents: [{ title: "Executed contract", filename: "CRCOG-IT-2025-04-C-contract.pdf" }],
      issues: [
        {
          by: "town-of-west-hartford",
          title: "Access points dropped on firmware update",
          description: "Three access points went offline after an automatic firmware update.",
          response: "Firmware rolled back; updates now staged after hours.",
          resolution: "Scheduled maintenance windows for firmware.",
          lessons: "Turn off automatic firmware updates and schedule them after hours.",
        },
      ],
    },
  },
  {
    slug: "legacy-email-archiving",
    title: "Email archiving for public records",
    category: "Records management",
    summary: "Email archiving for FOIA requests; retired when Microsoft 365 retention replaced it.",
    stage: "RETIRED",
    rfpNumber: "CRCOG-IT-2022-02",
    rfpDraft: "Email archiving for public records.",
    dueInDays: -1400,
    contract: {
      number: "CRCOG-IT-2022-02-C",
      vendor: "quinnipiac-data-systems",
      termStart: day(-1300),
      termEnd: day(-200),
      renewalOptions: "None",
      renewals: 0,
      lines: [["ARC-MBX", "Archived mailbox", "per mailbox per year", 18, null, 30]],
    },
  },
];

/** Contracts carried over from before the portal (no program), so the catalog has breadth. */
const LEGACY: (ContractSeed & { title: string; category: string; summary: string })[] = [
  {
    number: "CRCOG-IT-2024-09-C",
    title: "Endpoint protection and antivirus",
    category: "Cybersecurity",
    summary: "Next-generation antivirus and endpoint detection for town and school computers.",
    vendor: "constitution-state-cybersecurity",
    termStart: day(-400),
    // expired on purpose: the catalog shows it as expired and refuses new requests on it
    termEnd: day(-30),
    renewalOptions: "One optional one-year renewal",
    renewals: 1,
    lines: [
      ["EDR-100", "Endpoint protection", "per device per year", 42, null, 60],
      ["EDR-SRV", "Server protection", "per server per year", 95, null, 130],
    ],
    awardBasis:
      "Awarded through competitive RFP CRCOG-IT-2024-09 before the portal; the solicitation record is held by the cooperative.",
  },
  {
    number: "CRCOG-IT-2024-11-C",
    title: "Cloud phone system (VoIP)",
    category: "Telecommunications",
    summary: "Hosted phone system with E911, call recording for dispatch lines and desk phones.",
    vendor: "charter-oak-cloud-services",
    termStart: day(-250),
    termEnd: day(2 * 365),
    renewalOptions: "Two optional one-year renewals",
    renewals: 2,
    lines: [
      ["VOIP-SEAT", "Phone seat", "per user per month", 19, null, 29],
      ["VOIP-PH", "Desk phone", "each", 149, null, 199],
    ],
    awardBasis: "Awarded through competitive RFP CRCOG-IT-2024-11 before the portal.",
  },
  {
    number: "CRCOG-IT-2025-01-C",
    title: "Land records and document scanning",
    category: "Records management",
    summary: "Scanning and indexing of land records and permits with a searchable online index.",
    vendor: "mystic-civic-software",
    termStart: day(-180),
    termEnd: day(900),
    renewalOptions: "None",
    renewals: 0,
    lines: [["SCAN-PG", "Scanned and indexed page", "per page", 0.12, null, 0.2]],
    awardBasis: "Awarded through competitive RFP CRCOG-IT-2025-01 before the portal.",
  },
];

const cents = (d: number | null) => (d === null ? null : Math.round(d * 100));

export async function seedPrograms(db: PrismaClient) {
  const orgId = async (slug: string) =>
    (await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const userId = async (email: string) =>
    (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const staffId = await userId("malvarez@crcog.org");
  let created = 0;

  for (const p of PROGRAMS) {
    if (await db.program.findUnique({ where: { slug: p.slug }, select: { id: true } })) continue;
    created += 1;
    const reached = STAGES.slice(0, STAGES.indexOf(p.stage) + 1);
    const due = p.dueInDays === undefined ? null : at(p.dueInDays);
    const program = await db.program.create({
      data: {
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        category: p.category,
        stage: p.stage,
        rfpNumber: p.rfpNumber ?? null,
        rfpDraft: p.rfpDraft ?? "",
        proposalDueAt: due,
        postedAt:
          due && reached.includes("SOLICITATION") ? new Date(Math.min(due.getTime() - 30 * DAY, NOW.getTime())) : null,
        createdById: staffId,
        criteria: { create: CRITERIA.map((c, position) => ({ ...c, position })) },
        // the timeline: one entry per stage reached, a week apart, ending now
        stageChanges: {
          create: reached.map((s, i) => ({
            fromStage: i ? reached[i - 1] : null,
            toStage: s,
            actorUserId: staffId,
            at: new Date(NOW.getTime() - (reached.length - 1 - i) * 7 * DAY),
            note: i ? null : "Program created",
          })),
        },
      },
      select: { id: true },
    });
    for (const [position, prompt] of (p.questions ?? []).entries()) {
      const q = await db.surveyQuestion.create({
        data: { programId: program.id, prompt, position },
        select: { id: true },
      });
      for (const a of p.answers ?? []) {
        await db.surveyAnswer.create({
          data: {
            questionId: q.id,
            organizationId: await orgId(a.org),
            interest: a.interest,
            timeline: a.timeline,
            estimatedQuantity: a.quantity ?? null,
            estimatedBudgetCents: a.budget ? a.budget * 100 : null,
          },
        });
      }
    }
    const seats = new Map<string, string>();
    for (const email of p.committee ?? []) {
      const uid = await userId(email);
      const membership = await db.organizationUser.findFirstOrThrow({
        where: { userId: uid, organization: { kind: { notIn: ["VENDOR", "COOPERATIVE"] } } },
        orderBy: { createdAt: "asc" },
      });
      const seat = await db.committeeMember.create({
        data: { programId: program.id, userId: uid, organizationId: membership.organizationId, appointedById: staffId },
        select: { id: true },
      });
      seats.set(email, seat.id);
    }
    for (const c of p.comments ?? []) {
      const uid = await userId(c.email);
      const membership = await db.organizationUser.findFirstOrThrow({
        where: { userId: uid },
        orderBy: { createdAt: "asc" },
      });
      await db.rfpComment.create({
        data: { programId: program.id, authorUserId: uid, organizationId: membership.organizationId, body: c.body },
      });
    }
    for (const vq of p.vendorQuestions ?? []) {
      await db.vendorQuestion.create({
        data: {
          programId: program.id,
          vendorOrganizationId: await orgId(vq.vendor),
          question: vq.question,
          answer: vq.answer ?? null,
          answeredAt: vq.answer ? NOW : null,
          answeredById: vq.answer ? staffId : null,
        },
      });
    }
    const criteria = await db.evaluationCriterion.findMany({
      where: { programId: program.id },
      orderBy: { position: "asc" },
    });
    for (const pr of p.proposals ?? []) {
      const proposal = await db.proposal.create({
        data: {
          programId: program.id,
          vendorOrganizationId: await orgId(pr.vendor),
          summary: pr.summary,
          submittedAt: due ? new Date(due.getTime() - 2 * DAY) : NOW,
          priceLines: {
            create: pr.lines.map(([itemCode, description, unit, price, pilot, list], position) => ({
              itemCode,
              description,
              unit,
              priceCents: cents(price)!,
              pilotPriceCents: cents(pilot),
              listPriceCents: cents(list),
              position,
            })),
          },
        },
        select: { id: true },
      });
      for (const [email, scores] of Object.entries(pr.scores ?? {})) {
        for (const [i, c] of criteria.entries())
          await db.proposalScore.create({
            data: {
              proposalId: proposal.id,
              criterionId: c.id,
              committeeMemberId: seats.get(email)!,
              score: scores[i],
            },
          });
      }
    }
    if (p.contract) {
      await upsertContract(
        db,
        {
          ...p.contract,
          title: p.title,
          category: p.category,
          summary: p.summary,
          programId: program.id,
          status: p.stage,
          awardBasis: `Awarded through competitive solicitation RFP ${p.rfpNumber}, evaluated by a pilot review committee of ${p.committee?.length ?? 0} member staff against weighted criteria.`,
        },
        orgId,
        staffId,
      );
    }
  }
  for (const c of LEGACY)
    await upsertContract(
      db,
      { ...c, programId: null, status: "PROGRAM", awardBasis: c.awardBasis ?? "" },
      orgId,
      staffId,
    );
  return { programs: created };
}

async function upsertContract(
  db: PrismaClient,
  c: ContractSeed & {
    title: string;
    category: string;
    summary: string;
    programId: string | null;
    status: ProgramStage;
    awardBasis: string;
  },
  orgId: (slug: string) => Promise<string>,
  staffId: string,
) {
  if (await db.contract.findUnique({ where: { number: c.number }, select: { id: true } })) return;
  const contract = await db.contract.create({
    data: {
      number: c.number,
      title: c.title,
      summary: c.summary,
      category: c.category,
      vendorOrganizationId: await orgId(c.vendor),
      programId: c.programId,
      termStart: c.termStart,
      termEnd: c.termEnd,
      renewalOptions: c.renewalOptions,
      renewalsRemaining: c.renewals,
      status: c.status,
      awardBasis: c.awardBasis,
      awardedAt: new Date(c.termStart.getTime() - 30 * DAY),
      priceLines: {
        create: c.lines.map(([itemCode, description, unit, price, pilot, list], position) => ({
          itemCode,
          description,
          unit,
          contractPriceCents: cents(price)!,
          pilotPriceCents: cents(pilot),
          listPriceCents: cents(list),
          position,
        })),
      },
    },
    select: { id: true },
  });
  for (const d of c.documents ?? []) await seedDocument(db, contract.id, d, staffId);
  for (const slug of c.pilots ?? [])
    await db.pilotParticipant.create({
      data: { contractId: contract.id, organizationId: await orgId(slug), addedById: staffId },
    });
  for (const i of c.issues ?? []) {
    await db.pilotIssue.create({
      data: {
        contractId: contract.id,
        reportedByOrganizationId: await orgId(i.by),
        title: i.title,
        description: i.description,
        vendorResponse: i.response ?? null,
        respondedAt: i.response ? NOW : null,
        resolution: i.resolution ?? null,
        lessonsLearned: i.lessons ?? null,
        resolvedAt: i.resolution ? NOW : null,
        status: i.resolution ? "RESOLVED" : i.response ? "IN_PROGRESS" : "OPEN",
      },
    });
  }
}

/** A small real PDF, stored where lib/storage/local-store.ts reads (UPLOAD_DIR, default .data/uploads). */
async function seedDocument(
  db: PrismaClient,
  contractId: string,
  d: { title: string; filename: string },
  staffId: string,
) {
  const bytes = Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% ${d.title}\n`,
  );
  const id = crypto.randomBytes(16).toString("hex");
  const storageKey = `${id.slice(0, 2)}/${id}`;
  const file = path.resolve(process.env.UPLOAD_DIR || ".data/uploads", storageKey);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  const stored = await db.storedFile.create({
    data: {
      storageKey,
      filename: d.filename,
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      uploadedById: staffId,
    },
  });
  await db.contractDocument.create({ data: { contractId, fileId: stored.id, title: d.title } });
}
