// The pilot: participants with subsidised prices, and the issue log (reported by a pilot town or staff,
// answered by the vendor, open -> in progress -> resolved with resolution and lessons learned).
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { env } from "@/lib/env";

export async function addPilotParticipant({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { contractId: string; organizationId: string };
}) {
  assertCan(actor, "contracts.manage");
  return db.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      select: { id: true, status: true },
    });
    if (!contract) throw new NotFoundError();
    if (contract.status !== "AWARDED" && contract.status !== "PILOT")
      throw new ConflictError("Pilot participants join before or during the pilot.");
    const org = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, kind: true, name: true },
    });
    if (!org || org.kind === "VENDOR" || org.kind === "COOPERATIVE")
      throw new ValidationError("Choose a member organization.", { organizationId: ["Choose a member organization."] });
    const key = { contractId_organizationId: { contractId: contract.id, organizationId: org.id } };
    if (await tx.pilotParticipant.findUnique({ where: key }))
      throw new ConflictError(`${org.name} is already a pilot participant.`);
    const row = await tx.pilotParticipant.create({
      data: { contractId: contract.id, organizationId: org.id, addedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "contract.pilot_participant.add",
      entityType: "PilotParticipant",
      entityId: row.id,
      after: { contractId: contract.id, organizationId: org.id },
    });
    return row;
  });
}

export async function reportPilotIssue({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { contractId: string; title: string; description: string };
}) {
  assertCan(actor, "pilot.issues.report");
  const { ids, issue } = await db.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      select: { id: true, status: true, number: true, vendorOrganizationId: true },
    });
    if (!contract) throw new NotFoundError();
    if (actor.side !== "staff") {
      const participant = await tx.pilotParticipant.findUnique({
        where: { contractId_organizationId: { contractId: contract.id, organizationId: actor.organization.id } },
      });
      if (!participant) throw new NotFoundError();
    }
    if (contract.status !== "PILOT") throw new ConflictError("Issues are logged while the contract is in its pilot.");
    const issue = await tx.pilotIssue.create({
      data: {
        contractId: contract.id,
        reportedByOrganizationId: actor.organization.id,
        reportedById: actor.userId,
        title: input.title,
        description: input.description,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "pilot_issue.report",
      entityType: "PilotIssue",
      entityId: issue.id,
      after: { contractId: contract.id, title: input.title },
    });
    const vendorPeople = await tx.organizationUser.findMany({
      where: { organizationId: contract.vendorOrganizationId },
      select: { user: { select: { email: true } } },
    });
    const ids = await queueEmails(
      tx,
      vendorPeople.map((p) => ({
        to: p.user.email,
        subject: `Pilot issue on contract ${contract.number}: ${input.title}`,
        text: `${actor.organization.name} logged a pilot issue on contract ${contract.number}.\n\n${input.title}\n\nAnswer it at ${env.appUrl}/vendor/pilot-issues`,
      })),
    );
    return { ids, issue };
  });
  await deliverEmails(ids);
  return issue;
}

/** The contract's vendor answers; an open issue moves to IN_PROGRESS. */
export async function respondToPilotIssue({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { issueId: string; response: string };
}) {
  assertCan(actor, "pilot.issues.respond");
  return db.$transaction(async (tx) => {
    const issue = await tx.pilotIssue.findUnique({
      where: { id: input.issueId },
      include: { contract: { select: { vendorOrganizationId: true } } },
    });
    if (!issue || issue.contract.vendorOrganizationId !== actor.organization.id) throw new NotFoundError();
    if (issue.status === "RESOLVED") throw new ConflictError("This issue is resolved.");
    await tx.pilotIssue.update({
      where: { id: issue.id },
      data: {
        vendorResponse: input.response,
        respondedById: actor.userId,
        respondedAt: new Date(),
        status: "IN_PROGRESS",
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "pilot_issue.respond",
      entityType: "PilotIssue",
      entityId: issue.id,
      before: { status: issue.status, vendorResponse: issue.vendorResponse },
      after: { status: "IN_PROGRESS", vendorResponse: input.response },
    });
    return { id: issue.id };
  });
}

/** Staff or the reporting town close the issue with its resolution and the lessons learned. */
export async function resolvePilotIssue({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { issueId: string; resolution: string; lessonsLearned: string };
}) {
  assertCan(actor, "pilot.issues.resolve");
  return db.$transaction(async (tx) => {
    const issue = await tx.pilotIssue.findUnique({ where: { id: input.issueId } });
    if (!issue) throw new NotFoundError();
    if (actor.side !== "staff" && issue.reportedByOrganizationId !== actor.organization.id) throw new NotFoundError();
    if (issue.status === "RESOLVED") throw new ConflictError("This issue is already resolved.");
    if (!issue.vendorResponse && actor.side !== "staff")
      throw new ConflictError("Wait for the vendor's answer before resolving the issue.");
    await tx.pilotIssue.update({
      where: { id: issue.id },
      data: {
        status: "RESOLVED",
        resolution: input.resolution,
        lessonsLearned: input.lessonsLearned,
        resolvedById: actor.userId,
        resolvedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "pilot_issue.resolve",
      entityType: "PilotIssue",
      entityId: issue.id,
      before: { status: issue.status },
      after: { status: "RESOLVED", resolution: input.resolution, lessonsLearned: input.lessonsLearned },
    });
    return { id: issue.id };
  });
}

/** Member organizations staff may add to a pilot, with those already in it. */
export async function listPilotCandidates({ actor, input }: { actor: Actor | null; input: { contractId: string } }) {
  assertCan(actor, "contracts.manage");
  const [orgs, participants] = await Promise.all([
    db.organization.findMany({
      where: { kind: { in: ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.pilotParticipant.findMany({
      where: { contractId: input.contractId },
      select: { organizationId: true, organization: { select: { name: true } } },
    }),
  ]);
  const taken = new Set(participants.map((p) => p.organizationId));
  return {
    candidates: orgs.filter((o) => !taken.has(o.id)),
    participants: participants.map((p) => p.organization.name),
  };
}
