import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadFacts } from "@/lib/services/requests/internal/load";
import type { RatingInput } from "./schemas";
import { notify, recipients } from "./internal/notify";
import { actorLabel } from "./rules";
import { loadForMail } from "./internal/submission";

/** After fulfilment the requesting organization rates the vendor on that request, once. */
export async function rateVendor({ actor, input }: VerbArgs<RatingInput>) {
  assertCan(actor, "requests.rate");
  const facts = await loadFacts(db, actor, input.requestId);
  if (facts.organizationId !== actor.organization.id)
    throw new ConflictError("Only the requesting organization rates the vendor.");
  if (facts.status !== "FULFILLED") throw new ConflictError("You can rate the vendor once the request is fulfilled.");
  const { requestId, ...scores } = input;
  try {
    const emailIds = await db.$transaction(async (tx) => {
      const r = await tx.purchaseRequest.findUniqueOrThrow({ where: { id: requestId }, select: { contractId: true } });
      const rating = await tx.vendorRating.create({
        data: {
          ...scores,
          requestId,
          contractId: r.contractId,
          vendorOrganizationId: facts.vendorOrganizationId,
          organizationId: facts.organizationId,
          ratedById: actor.userId,
        },
        select: { id: true },
      });
      await tx.purchaseRequestEvent.create({
        data: {
          requestId,
          action: "rate",
          fromStatus: "FULFILLED",
          toStatus: "FULFILLED",
          actorUserId: actor.userId,
          actorLabel: actorLabel(actor),
          note: `Rated the vendor: quality ${scores.quality}, timeliness ${scores.timeliness}, support ${scores.support}, value ${scores.value}.`,
        },
      });
      await recordAudit(tx, actor, {
        action: "request.rate",
        entity: ["VendorRating", rating.id],
        after: { requestId, ...scores },
      });
      const mail = await loadForMail(tx, requestId);
      const to = await recipients(tx, mail, ["vendor"]);
      return notify(
        tx,
        mail,
        to,
        "rated by the town",
        `${actor.organization.name} rated this request: quality ${scores.quality}/5, timeliness ${scores.timeliness}/5, support ${scores.support}/5, value ${scores.value}/5.${scores.comment ? `\n\n"${scores.comment}"` : ""}`,
      );
    });
    await deliverEmails(emailIds);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError("This request has already been rated.");
    throw error;
  }
  return { id: requestId };
}
