// Route handlers run through here: typed errors become JSON with the right status, and request bodies are read
// the one way: counted as they arrive (a chunked body has no Content-Length to check up front) and, for JSON,
// every string cleaned at the trust boundary before any schema sees it.
import "server-only";
import { PayloadTooLargeError, toPublicError } from "@/lib/errors";
import { cleanStrings } from "@/lib/input/text";

export function jsonRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const { status, message, fieldErrors } = toPublicError(error);
      return Response.json({ error: message, fieldErrors }, { status });
    }
  };
}

/** The most a JSON body may hold (a purchase request of 500 lines is about 40 KB). */
export const MAX_JSON_BYTES = 256 * 1024;

const tooLargeDefault = () => new PayloadTooLargeError("The request is too large.");

/**
 * Reads the body as it arrives, counting bytes, and stops at `maxBytes`: a declared Content-Length past it is
 * refused before a byte is read, and a chunked body (no length) is cancelled as soon as it passes the limit.
 * Throws `tooLarge()` (default: PayloadTooLargeError, 413). Returns the bytes read (empty without a body).
 */
export async function readBodyLimited(
  request: Request,
  maxBytes: number,
  tooLarge: () => Error = tooLargeDefault,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * A JSON body (at most MAX_JSON_BYTES, 413 past it) with every string cleaned by `cleanStrings` (no NUL or
 * control characters, NFC); null when the body is not JSON (the caller's schema then refuses it).
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readBodyLimited(request, MAX_JSON_BYTES);
  try {
    return cleanStrings(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/**
 * A multipart or URL-encoded form body read through `readBodyLimited` (so past `maxBytes` it stops with
 * `tooLarge()`), or null when it is not a form. Text fields are left raw: the caller cleans the ones it uses.
 */
export async function readFormBody(
  request: Request,
  maxBytes: number,
  tooLarge: () => Error = tooLargeDefault,
): Promise<FormData | null> {
  const bytes = await readBodyLimited(request, maxBytes, tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(bytes, { headers: { "content-type": contentType } }).formData().catch(() => null);
}
