// The contract's vendor answers a pilot issue.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** The contract's vendor answers; an open issue moves to IN_PROGRESS. */
export async function respondToPilotIssue({ actor, input }: VerbArgs<{ issueId: string; response: string }>) {
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
    await recordAudit(tx, actor, {
      action: "pilot_issue.respond",
      entity: ["PilotIssue", issue.id],
      before: { status: issue.status, vendorResponse: issue.vendorResponse },
      after: { status: "IN_PROGRESS", vendorResponse: input.response },
    });
    return { id: issue.id };
  });
}
