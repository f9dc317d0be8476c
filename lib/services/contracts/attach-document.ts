import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor, VerbArgs } from "@/lib/authz/actor";
import type { Permission } from "@/lib/authz/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { checkUpload, storeUpload } from "@/lib/storage/save-upload";

export type DocumentTarget = "program" | "proposal" | "contract";

export type AttachDocumentInput = {
  target: DocumentTarget;
  targetId: string;
  title: string;
  clientFilename: string;
  bytes: Uint8Array;
};

/** Who attaches which documents: staff to programs (RFP) and contracts; a vendor to its own proposal. */
const ATTACH_PERMISSION: Record<DocumentTarget, Permission> = {
  program: "programs.manage",
  contract: "contracts.manage",
  proposal: "solicitation.participate",
};

/** Stores an upload and attaches it: RFP documents and contract documents by staff; proposal documents by their vendor while the solicitation is open. */
export async function attachDocument({ actor, input }: VerbArgs<AttachDocumentInput>) {
  assertCan(actor, ATTACH_PERMISSION[input.target]);
  await assertTarget(actor, input);
  const upload = checkUpload(input.bytes, input.clientFilename);
  return storeUpload(upload, (storageKey) =>
    db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          filename: upload.filename,
          contentType: upload.contentType,
          sizeBytes: upload.bytes.length,
          sha256: upload.sha256,
          uploadedById: actor.userId,
          organizationId: actor.organization.id,
        },
        select: { id: true },
      });
      const data = { fileId: file.id, title: input.title };
      const doc =
        input.target === "program"
          ? await tx.programDocument.create({ data: { ...data, programId: input.targetId }, select: { id: true } })
          : input.target === "proposal"
            ? await tx.proposalDocument.create({ data: { ...data, proposalId: input.targetId }, select: { id: true } })
            : await tx.contractDocument.create({ data: { ...data, contractId: input.targetId }, select: { id: true } });
      await recordAudit(tx, actor, {
        action: `${input.target}.document.attach`,
        entity: ["StoredFile", file.id],
        after: {
          target: input.target,
          targetId: input.targetId,
          title: input.title,
          filename: upload.filename,
          contentType: upload.contentType,
          sizeBytes: upload.bytes.length,
        },
      });
      return { documentId: doc.id, fileId: file.id, filename: upload.filename };
    }),
  );
}

async function assertTarget(actor: Actor, input: AttachDocumentInput) {
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
