import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { committeeSeatOf, findVisibleProgram } from "@/lib/services/programs/internal/access";

/** Committee members (and staff) comment on the RFP draft while it is being drafted. */
export async function commentOnRfp({ actor, input }: VerbArgs<{ programId: string; body: string }>) {
  assertCan(actor, actor?.side === "staff" ? "programs.manage" : "committee.participate");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (actor.side !== "staff" && !(await committeeSeatOf(actor, program.id, tx))) throw new NotFoundError();
    if (program.stage !== "RFP_DRAFTING" && program.stage !== "FORECAST")
      throw new ConflictError("Comments close when the RFP is posted.");
    const comment = await tx.rfpComment.create({
      data: {
        programId: program.id,
        authorUserId: actor.userId,
        organizationId: actor.organization.id,
        body: input.body,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "program.rfp_comment.create",
      entity: ["RfpComment", comment.id],
      after: { programId: program.id, length: input.body.length },
    });
    return comment;
  });
}
