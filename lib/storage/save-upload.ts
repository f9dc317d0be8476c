// Checks an upload (size, type by content) and stores its bytes; the caller records it in the same transaction as its use.
import "server-only";
import crypto from "node:crypto";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { ALLOWED_TYPES_LABEL, decodeText, detectFileType, safeFilename } from "./detect-type";
import { deleteObject, putObject } from "./local-store";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "10 MB";

export type CheckedUpload = { bytes: Uint8Array; filename: string; contentType: string; sha256: string };

/**
 * Checks an upload's size and type by content and returns what to store. Text arrives in whatever encoding
 * its program wrote (Excel's Windows-1252, UTF-16) and is stored as UTF-8 without a byte-order mark.
 * Throws ValidationError (with a `file` field message) when it is empty, over the limit or of another type.
 */
export function checkUpload(received: Uint8Array, clientName: string): CheckedUpload {
  if (received.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const type = received.length ? detectFileType(received) : null;
  if (received.length && !type)
    throw new ValidationError(`This type of file is not accepted. Upload a ${ALLOWED_TYPES_LABEL} file.`, {
      file: [`Accepted: ${ALLOWED_TYPES_LABEL}.`],
    });
  const bytes = type?.label === "text" ? new TextEncoder().encode(decodeText(received)?.text ?? "") : received;
  if (!type || bytes.length === 0)
    throw new ValidationError("The file is empty.", { file: ["Choose a file that is not empty."] });
  return {
    bytes,
    filename: safeFilename(clientName, type),
    contentType: type.contentType,
    sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
  };
}

/** The error for a file past MAX_UPLOAD_BYTES (413, with a `file` field message). */
export function tooLarge() {
  return new PayloadTooLargeError(`The file is larger than ${MAX_UPLOAD_LABEL}. Upload a smaller file.`, {
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
