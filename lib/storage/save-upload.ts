// Checks an upload (size, type by content) and stores its bytes; the caller records it in the same transaction as its use.
import "server-only";
import crypto from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { ALLOWED_TYPES_LABEL, detectFileType, safeFilename } from "./detect-type";
import { deleteObject, putObject } from "./local-store";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "10 MB";

export type CheckedUpload = { bytes: Uint8Array; filename: string; contentType: string; sha256: string };

export function checkUpload(bytes: Uint8Array, clientName: string): CheckedUpload {
  if (bytes.length === 0)
    throw new ValidationError("The file is empty.", { file: ["Choose a file that is not empty."] });
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const type = detectFileType(bytes);
  if (!type)
    throw new ValidationError(`This type of file is not accepted. Upload a ${ALLOWED_TYPES_LABEL} file.`, {
      file: [`Accepted: ${ALLOWED_TYPES_LABEL}.`],
    });
  return {
    bytes,
    filename: safeFilename(clientName, type),
    contentType: type.contentType,
    sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
  };
}

export function tooLarge() {
  return new ValidationError(`The file is larger than ${MAX_UPLOAD_LABEL}. Upload a smaller file.`, {
    file: [`At most ${MAX_UPLOAD_LABEL}.`],
  });
}

/** Writes the bytes, runs `record` (which saves the StoredFile row); removes the bytes if recording fails. */
export async function storeUpload<T>(upload: CheckedUpload, record: (storageKey: string) => Promise<T>): Promise<T> {
  const key = await putObject(upload.bytes);
  try {
    return await record(key);
  } catch (error) {
    await deleteObject(key);
    throw error;
  }
}
