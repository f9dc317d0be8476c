// A pilot issue closes with its resolution and the lessons learned.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { ResolvePilotIssueInput } from "./schemas";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** Staff or the reporting town close the issue with its resolution and the lessons learned. */
export async function resolvePilotIssue({ actor, input }: VerbArgs<ResolvePilotIssueInput>) {
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
    await recordAudit(tx, actor, {
      action: "pilot_issue.resolve",
      entity: ["PilotIssue", issue.id],
      before: { status: issue.status },
      after: { status: "RESOLVED", resolution: input.resolution, lessonsLearned: input.lessonsLearned },
    });
    return { id: issue.id };
  });
}
