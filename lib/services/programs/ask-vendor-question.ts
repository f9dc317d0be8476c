// The solicitation: vendors ask questions (answers are published to every vendor) until the due date.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";
import { assertOpen } from "./rules";

/** A vendor asks a question while the solicitation is open; returns the question. Throws ConflictError once closed. */
export async function askVendorQuestion({ actor, input }: VerbArgs<{ programId: string; question: string }>) {
  assertCan(actor, "solicitation.participate");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    assertOpen(program);
    const q = await tx.vendorQuestion.create({
      data: {
        programId: program.id,
        vendorOrganizationId: actor.organization.id,
        askedById: actor.userId,
        question: input.question,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "program.vendor_question.ask",
      entity: ["VendorQuestion", q.id],
      after: { programId: program.id },
    });
    return q;
  });
}
