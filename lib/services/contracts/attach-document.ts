import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { checkUpload, storeUpload } from "@/lib/storage/save-upload";
import { ATTACH_PERMISSION, assertAttachTarget, type DocumentTarget } from "./internal/attach-target";

export type { DocumentTarget };

export type AttachDocumentInput = {
  target: DocumentTarget;
  targetId: string;
  title: string;
  clientFilename: string;
  bytes: Uint8Array;
};

/** Stores an upload and attaches it: RFP documents and contract documents by staff; proposal documents by their vendor while the solicitation is open. */
export async function attachDocument({ actor, input }: VerbArgs<AttachDocumentInput>) {
  assertCan(actor, ATTACH_PERMISSION[input.target]);
  await assertAttachTarget(actor, input);
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
