// A pilot town (or staff) logs an issue on a contract in its pilot; the vendor's people are emailed.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { ReportPilotIssueInput } from "./schemas";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { queueToOrganization } from "@/lib/email/organization";
import { env } from "@/lib/env";

/**
 * Logs an issue on a contract in PILOT (a participant town or staff); emails the vendor's people. Returns `{ id }`;
 * another town's contract is a NotFoundError.
 */
export async function reportPilotIssue({ actor, input }: VerbArgs<ReportPilotIssueInput>) {
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
    await recordAudit(tx, actor, {
      action: "pilot_issue.report",
      entity: ["PilotIssue", issue.id],
      after: { contractId: contract.id, title: input.title },
    });
    const ids = await queueToOrganization(tx, contract.vendorOrganizationId, () => ({
      subject: `Pilot issue on contract ${contract.number}: ${input.title}`,
      text: `${actor.organization.name} logged a pilot issue on contract ${contract.number}.\n\n${input.title}\n\nAnswer it at ${env.appUrl}/vendor/pilot-issues`,
    }));
    return { ids, issue };
  });
  await deliverEmails(ids);
  return issue;
}
