import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ATTACH_PERMISSION, assertAttachTarget, type AttachTarget } from "./internal/attach-target";

/**
 * Whether the actor may attach a document to the target, asked before the upload's body is read (so a person
 * who will be refused never sends us the file). Throws ForbiddenError, NotFoundError or ConflictError;
 * `attachDocument` checks the same again when it stores the file.
 */
export async function authorizeAttachment({ actor, input }: VerbArgs<AttachTarget>) {
  assertCan(actor, ATTACH_PERMISSION[input.target]);
  await assertAttachTarget(actor, input);
}
