import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ValidationError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { loadFacts } from "@/lib/services/requests/internal/load";
import { notify, recipients } from "./internal/notify";
import { actorLabel } from "./rules";
import { loadForMail } from "./internal/submission";

/** A message on the request's thread; the other parties (town, vendor once it has the request, staff in the thread) get an email. */
export async function postMessage({ actor, input }: VerbArgs<{ requestId: string; body: string }>) {
  assertCan(actor, "requests.message");
  const body = input.body.trim();
  if (!body) throw new ValidationError("Write a message.", { body: ["Write a message."] });
  const facts = await loadFacts(db, actor, input.requestId);
  const { message, emailIds } = await db.$transaction(async (tx) => {
    const message = await tx.purchaseRequestMessage.create({
      data: { requestId: facts.id, authorUserId: actor.userId, authorOrganizationId: actor.organization.id, body },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "request.message",
      entity: ["PurchaseRequest", facts.id],
      after: { messageId: message.id },
    });
    const r = await loadForMail(tx, facts.id);
    const reachedVendor = !["DRAFT", "PENDING_APPROVAL"].includes(facts.status);
    const to = await recipients(tx, r, reachedVendor ? ["town", "vendor", "staff"] : ["town", "staff"], {
      exclude: actor.email,
    });
    const emailIds = await notify(
      tx,
      r,
      to,
      `new message from ${actor.organization.name}`,
      `${actorLabel(actor)} wrote:\n\n${body}`,
    );
    return { message, emailIds };
  });
  await deliverEmails(emailIds);
  return message;
}
