import { db } from "@/lib/db";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { getObject } from "@/lib/storage/local-store";
import { programVisibleTo } from "@/lib/services/programs/rules";
import { stageIndex } from "@/lib/services/programs/stage-rules";
import { findVisibleProposal } from "@/lib/services/programs/internal/access";
import { contractVisibleTo, seesMemberParts } from "./rules";

/** A stored file with its bytes, if the actor may read the document it belongs to; otherwise a 404. */
// eslint-disable-next-line portal/assert-can-first -- the document's own visibility rule decides (contract, program or proposal)
export async function getFileForDownload({ actor, input }: VerbArgs<{ fileId: string }>) {
  if (!actor) throw new NotFoundError();
  const file = await db.storedFile.findUnique({
    where: { id: input.fileId },
    select: {
      id: true,
      storageKey: true,
      filename: true,
      contentType: true,
      sizeBytes: true,
      programDocument: { select: { program: { select: { id: true, stage: true } } } },
      proposalDocument: { select: { proposalId: true } },
      contractDocument: { select: { contract: { select: { status: true, vendorOrganizationId: true } } } },
    },
  });
  if (!file) throw new NotFoundError();
  if (file.programDocument) {
    const { program } = file.programDocument;
    const posted = stageIndex(program.stage) >= stageIndex("SOLICITATION");
    if (!programVisibleTo(actor, program.stage) || (!posted && actor.side !== "staff")) throw new NotFoundError();
  } else if (file.proposalDocument) {
    await findVisibleProposal(actor, file.proposalDocument.proposalId);
  } else if (file.contractDocument) {
    const { contract } = file.contractDocument;
    if (!contractVisibleTo(actor, contract) || !seesMemberParts(actor, contract)) throw new NotFoundError();
  } else {
    throw new NotFoundError();
  }
  return { filename: file.filename, contentType: file.contentType, bytes: await getObject(file.storageKey) };
}
