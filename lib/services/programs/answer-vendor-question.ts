import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";

/** Staff publish the answer to a vendor's question to every vendor. Throws NotFoundError for an unknown question. */
export async function answerVendorQuestion({ actor, input }: VerbArgs<{ questionId: string; answer: string }>) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const q = await tx.vendorQuestion.findUnique({ where: { id: input.questionId } });
    if (!q) throw new NotFoundError();
    await tx.vendorQuestion.update({
      where: { id: q.id },
      data: { answer: input.answer, answeredById: actor.userId, answeredAt: new Date() },
    });
    await recordAudit(tx, actor, {
      action: "program.vendor_question.answer",
      entity: ["VendorQuestion", q.id],
      before: { answer: q.answer },
      after: { answer: input.answer },
    });
    return { id: q.id };
  });
}
