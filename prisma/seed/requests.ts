// Demo purchase requests: West Hartford's approval rule, and a few requests in different states on the
// seeded contracts (prisma/seed/programs.ts). Idempotent: each request is keyed by its idempotency key.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { PurchaseRequestStatus } from "../../lib/generated/prisma/enums";

const DAY = 86_400_000;
// Dated from the day the demo is loaded: each request was created 20 days ago, so its history (up to 16 days
// after creation) is all in the past.
const NOW = new Date(Date.now() - 20 * DAY);
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

type RequestSeed = {
  key: string;
  org: string;
  buyer: string;
  contract: string;
  lines: [itemCode: string, quantity: number][];
  status: PurchaseRequestStatus;
  poNumber?: string;
  notes?: string;
  /** The history after creation: [action, to status, actor email, days after creation, note]. */
  history: [string, PurchaseRequestStatus, string, number, string?][];
  messages?: [email: string, days: number, body: string][];
  rating?: { quality: number; timeliness: number; support: number; value: number; comment: string };
};

const REQUESTS: RequestSeed[] = [
  {
    key: "seed-west-hartford-town-hall-wifi",
    org: "town-of-west-hartford",
    buyer: "schen@westhartfordct.gov",
    contract: "CRCOG-IT-2025-04-C",
    lines: [
      ["NET-AP6", 6],
      ["NET-SUP", 12],
    ],
    status: "FULFILLED",
    poNumber: "WH-2027-0113",
    notes: "Town hall second floor: replace the six old access points.",
    history: [
      ["submit", "SUBMITTED", "schen@westhartfordct.gov", 0],
      ["acknowledge", "ACKNOWLEDGED", "akim@nutmegnetworks.example", 1],
      ["accept", "ACCEPTED", "akim@nutmegnetworks.example", 2],
      ["fulfil", "FULFILLED", "akim@nutmegnetworks.example", 16, "Installed and tested on all floors."],
    ],
    messages: [
      ["akim@nutmegnetworks.example", 1, "Can we install on a Saturday so the clerk's office is not disrupted?"],
      ["schen@westhartfordct.gov", 1, "Saturday works; facilities will let you in at 8."],
    ],
    rating: { quality: 5, timeliness: 4, support: 5, value: 4, comment: "Clean installation, good communication." },
  },
  {
    key: "seed-union-library-switch",
    org: "town-of-union",
    buyer: "lbrooks@unionct.gov",
    contract: "CRCOG-IT-2025-04-C",
    lines: [
      ["NET-SW24", 1],
      ["NET-AP6", 2],
    ],
    status: "SUBMITTED",
    notes: "Town hall and the library next door.",
    history: [["submit", "SUBMITTED", "lbrooks@unionct.gov", 0]],
  },
  {
    key: "seed-west-hartford-voip",
    org: "town-of-west-hartford",
    buyer: "schen@westhartfordct.gov",
    contract: "CRCOG-IT-2024-11-C",
    lines: [
      ["VOIP-SEAT", 40],
      ["VOIP-PH", 40],
    ],
    status: "ACKNOWLEDGED",
    poNumber: "WH-2027-0140",
    history: [
      [
        "submit",
        "PENDING_APPROVAL",
        "schen@westhartfordct.gov",
        0,
        "Above $5,000.00: needs approval by a purchasing officer.",
      ],
      ["approve", "SUBMITTED", "privera@westhartfordct.gov", 1, "Approved as purchasing officer."],
      ["acknowledge", "ACKNOWLEDGED", "jlee@charteroakcloud.example", 2],
    ],
    messages: [["jlee@charteroakcloud.example", 2, "Do you need E911 location data loaded for every desk?"]],
  },
  {
    key: "seed-west-hartford-library-switches-draft",
    org: "town-of-west-hartford",
    buyer: "schen@westhartfordct.gov",
    contract: "CRCOG-IT-2025-04-C",
    lines: [["NET-SW24", 2]],
    status: "DRAFT",
    notes: "Noah Webster Library: two wiring closets. Confirm the port counts with facilities before sending.",
    history: [],
  },
];

export async function seedRequests(db: PrismaClient) {
  const org = async (slug: string) =>
    db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true } });
  const wh = await org("town-of-west-hartford");
  const policy = { thresholdCents: 500_000, approvers: "PURCHASING" as const };
  await db.approvalPolicy.upsert({
    where: { organizationId: wh.id },
    create: { organizationId: wh.id, ...policy },
    update: policy,
  });

  for (const s of REQUESTS) {
    const buyerOrg = await org(s.org);
    if (
      await db.purchaseRequest.findUnique({
        where: { organizationId_idempotencyKey: { organizationId: buyerOrg.id, idempotencyKey: s.key } },
      })
    )
      continue;
    const contract = await db.contract.findUnique({
      where: { number: s.contract },
      select: { id: true, vendorOrganizationId: true, priceLines: true },
    });
    if (!contract) continue; // the programs seed did not create it
    const person = async (email: string) => {
      const u = await db.user.findUniqueOrThrow({
        where: { email },
        select: {
          id: true,
          name: true,
          organizations: { select: { role: true, organization: { select: { name: true } } } },
        },
      });
      return { id: u.id, label: `${u.name} (${u.organizations[0].organization.name})`, role: u.organizations[0].role };
    };
    const buyer = await person(s.buyer);
    const lines = s.lines.map(([code, quantity], position) => {
      const l = contract.priceLines.find((p) => p.itemCode === code);
      if (!l) throw new Error(`Seed: no line ${code} on ${s.contract}`);
      return {
        position,
        priceLineId: l.id,
        itemCode: l.itemCode,
        description: l.description,
        unit: l.unit,
        quantity,
        unitPriceCents: l.contractPriceCents,
        lineTotalCents: l.contractPriceCents * quantity,
      };
    });
    const submitted = s.history.find((h) => h[1] === "SUBMITTED");
    const request = await db.purchaseRequest.create({
      data: {
        organizationId: buyerOrg.id,
        contractId: contract.id,
        vendorOrganizationId: contract.vendorOrganizationId,
        createdById: buyer.id,
        idempotencyKey: s.key,
        status: s.status,
        poNumber: s.poNumber,
        notes: s.notes,
        totalCents: lines.reduce((a, l) => a + l.lineTotalCents, 0),
        approvalRule: s.history.some((h) => h[0] === "approve") ? "PURCHASING" : null,
        submittedAt: submitted ? at(submitted[3]) : null,
        createdAt: NOW,
        lines: { createMany: { data: lines } },
        events: {
          create: { action: "create", toStatus: "DRAFT", actorUserId: buyer.id, actorLabel: buyer.label, at: NOW },
        },
      },
      select: { id: true },
    });
    let from: PurchaseRequestStatus = "DRAFT";
    for (const [action, to, email, days, note] of s.history) {
      const p = await person(email);
      await db.purchaseRequestEvent.create({
        data: {
          requestId: request.id,
          action,
          fromStatus: from,
          toStatus: to,
          actorUserId: p.id,
          actorLabel: p.label,
          note: note ?? null,
          at: at(days),
        },
      });
      if (action === "approve")
        await db.purchaseRequestApproval.create({
          data: { requestId: request.id, role: p.role, userId: p.id, at: at(days) },
        });
      from = to;
    }
    for (const [email, days, body] of s.messages ?? []) {
      const u = await db.user.findUniqueOrThrow({
        where: { email },
        select: { id: true, organizations: { select: { organizationId: true } } },
      });
      await db.purchaseRequestMessage.create({
        data: {
          requestId: request.id,
          authorUserId: u.id,
          authorOrganizationId: u.organizations[0].organizationId,
          body,
          createdAt: at(days + 0.1),
        },
      });
    }
    if (s.rating) {
      await db.vendorRating.create({
        data: {
          requestId: request.id,
          contractId: contract.id,
          vendorOrganizationId: contract.vendorOrganizationId,
          organizationId: buyerOrg.id,
          ratedById: buyer.id,
          ...s.rating,
        },
      });
    }
  }
}
