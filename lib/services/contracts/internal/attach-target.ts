// Who may attach a document where: checked before an upload's body is read, and again when it is stored.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import type { Permission } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";

export type DocumentTarget = "program" | "proposal" | "contract";
export type AttachTarget = { target: DocumentTarget; targetId: string };

/** Who attaches which documents: staff to programs (RFP) and contracts; a vendor to its own proposal. */
export const ATTACH_PERMISSION: Record<DocumentTarget, Permission> = {
  program: "programs.manage",
  contract: "contracts.manage",
  proposal: "solicitation.participate",
};

/**
 * Throws NotFoundError when the target does not exist or is another vendor's proposal, ConflictError when it no
 * longer takes documents (RFP documents until the solicitation closes; a proposal's until its due date).
 * The caller has checked ATTACH_PERMISSION first.
 */
export async function assertAttachTarget(actor: Actor, input: AttachTarget) {
  if (input.target === "program") {
    const program = await db.program.findUnique({ where: { id: input.targetId }, select: { stage: true } });
    if (!program) throw new NotFoundError();
    if (!["FORECAST", "RFP_DRAFTING", "SOLICITATION"].includes(program.stage))
      throw new ConflictError("RFP documents are added until the solicitation closes.");
    return;
  }
  if (input.target === "proposal") {
    const proposal = await db.proposal.findUnique({
      where: { id: input.targetId },
      select: { vendorOrganizationId: true, program: { select: { stage: true, proposalDueAt: true } } },
    });
    if (!proposal || proposal.vendorOrganizationId !== actor.organization.id) throw new NotFoundError();
    const { stage, proposalDueAt } = proposal.program;
    if (stage !== "SOLICITATION" || !proposalDueAt || new Date() >= proposalDueAt)
      throw new ConflictError("The due date has passed; the proposal can no longer change.");
    return;
  }
  const contract = await db.contract.findUnique({ where: { id: input.targetId }, select: { id: true } });
  if (!contract) throw new NotFoundError();
}
