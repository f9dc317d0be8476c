import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import type { RejectApplicationInput } from "./schemas";
import { claimApplication } from "./internal/claim-application";

/** Rejects a waiting application with the reason the applicant is emailed. Throws ConflictError once decided. */
export async function rejectApplication({ actor, input, now = new Date() }: TimedVerbArgs<RejectApplicationInput>) {
  assertCan(actor, "memberships.applications.review");
  const emailIds = await db.$transaction(async (tx) => {
    const app = await claimApplication(tx, input.id);
    const updated = await tx.membershipApplication.updateMany({
      where: { id: app.id, status: "SUBMITTED" },
      data: { status: "REJECTED", decisionReason: input.reason, decidedAt: now, decidedByUserId: actor.userId },
    });
    if (updated.count !== 1) throw new ConflictError("This application was already decided.");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: null,
      action: "membership.application_rejected",
      entityType: "MembershipApplication",
      entityId: app.id,
      before: { status: app.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    return queueEmails(tx, [
      {
        to: app.contactEmail,
        subject: `About ${app.legalName}'s application to the cooperative`,
        text: [
          `Hello ${app.contactName},`,
          "",
          "We could not approve your application to join the CRCOG IT Services Cooperative.",
          "",
          `Reason: ${input.reason}`,
          "",
          "You are welcome to apply again once this is resolved.",
        ].join("\n"),
      },
    ]);
  });
  await deliverEmails(emailIds);
}
