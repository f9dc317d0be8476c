import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { UpdateRfpDraftInput } from "./schemas";
import { ConflictError, ValidationError } from "@/lib/errors";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";

/** Staff edit the RFP draft while the program is in FORECAST or RFP_DRAFTING. */
export async function updateRfpDraft({ actor, input }: VerbArgs<UpdateRfpDraftInput>) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (program.stage !== "FORECAST" && program.stage !== "RFP_DRAFTING")
      throw new ConflictError("The RFP is fixed once it is posted.");
    if (input.rfpNumber) {
      const taken = await tx.program.findFirst({
        where: { rfpNumber: input.rfpNumber, id: { not: program.id } },
        select: { id: true },
      });
      if (taken)
        throw new ValidationError("That RFP number is taken.", {
          rfpNumber: ["Another program uses this RFP number."],
        });
    }
    const data = {
      rfpDraft: input.rfpDraft,
      rfpNumber: input.rfpNumber ?? program.rfpNumber,
      proposalDueAt: input.proposalDueAt ?? program.proposalDueAt,
    };
    await tx.program.update({ where: { id: program.id }, data });
    await recordAudit(tx, actor, {
      action: "program.rfp.update",
      entity: ["Program", program.id],
      before: {
        rfpNumber: program.rfpNumber,
        proposalDueAt: program.proposalDueAt?.toISOString() ?? null,
        rfpDraftLength: program.rfpDraft.length,
      },
      after: {
        rfpNumber: data.rfpNumber,
        proposalDueAt: data.proposalDueAt?.toISOString() ?? null,
        rfpDraftLength: data.rfpDraft.length,
      },
    });
    return { programId: program.id };
  });
}
