// A vendor's own work: its contracts, its proposals, and pilot issues waiting for its answer.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";

export async function listVendorContracts({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.contract.findMany({
    where: { vendorOrganizationId: actor.organization.id },
    orderBy: [{ termEnd: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      termStart: true,
      termEnd: true,
      _count: { select: { priceLines: true, pilotIssues: { where: { status: { not: "RESOLVED" } } } } },
    },
  });
}

export async function listVendorProposals({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.proposal.findMany({
    where: { vendorOrganizationId: actor.organization.id },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      program: { select: { id: true, title: true, stage: true, rfpNumber: true, proposalDueAt: true } },
      _count: { select: { priceLines: true, documents: true } },
    },
  });
}

export async function listVendorPilotIssues({
  actor,
  input = {},
}: {
  actor: Actor | null;
  input?: { waitingOnly?: boolean };
}) {
  assertCan(actor, "pilot.issues.respond");
  return db.pilotIssue.findMany({
    where: {
      contract: { vendorOrganizationId: actor.organization.id },
      ...(input.waitingOnly ? { status: "OPEN" } : {}),
    },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: {
      contract: { select: { id: true, number: true, title: true } },
      reportedByOrganization: { select: { name: true } },
    },
  });
}

/** Open solicitations a vendor may still answer. */
export async function listOpenSolicitations({ actor }: { actor: Actor | null }) {
  assertCan(actor, "solicitation.participate");
  return db.program.findMany({
    where: { stage: "SOLICITATION", proposalDueAt: { gt: new Date() } },
    orderBy: { proposalDueAt: "asc" },
    select: {
      id: true,
      title: true,
      rfpNumber: true,
      proposalDueAt: true,
      proposals: { where: { vendorOrganizationId: actor.organization.id }, select: { id: true } },
    },
  });
}
