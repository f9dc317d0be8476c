// Uploads are authorized before their body is read, and counted as they arrive: a chunked body (no
// Content-Length) from a person who will be refused is never read, and one past the limit is stopped at it.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `/tmp/portal-uploads-test-${process.pid}`;
});
vi.mock("next/headers", async () => (await import("../matrix/request-context")).nextHeadersMock);

import { AsyncLocalStorage } from "node:async_hooks";
import { POST } from "@/app/api/files/route";
import { db } from "@/lib/db";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/save-upload";
import { matrixWorld } from "../factories";
import { createContract } from "../factories/requests";
import { setRequestSession } from "../matrix/request-context";

const BOUNDARY = "----portal-upload-test";
const CHUNK = 64 * 1024;

/**
 * A multipart upload whose file part is `fileBytes` long, streamed in 64 KB chunks with no Content-Length (as a
 * chunked request arrives). `pulled()` tells how many bytes the server has asked for so far.
 */
function chunkedUpload(
  url: string,
  fileBytes: number,
  title = "Signed contract",
  headers: Record<string, string> = {},
) {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="contract.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  const tail = encoder.encode(`\n%%EOF\n\r\n--${BOUNDARY}--\r\n`);
  let sent = 0;
  let fileLeft = fileBytes;
  let done = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent === 0) {
          sent += head.length;
          return controller.enqueue(head);
        }
        if (fileLeft > 0) {
          const n = Math.min(CHUNK, fileLeft);
          fileLeft -= n;
          sent += n;
          return controller.enqueue(new Uint8Array(n).fill(0x20));
        }
        if (!done) {
          done = true;
          sent += tail.length;
          controller.enqueue(tail);
          return;
        }
        controller.close();
      },
    },
    { highWaterMark: 0 }, // nothing is produced until the server reads
  );
  const request = new Request(url, {
    method: "POST",
    body,
    duplex: "half",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, host: "localhost", ...headers },
  } as RequestInit);
  return { request, pulled: () => sent };
}

async function world() {
  const w = await matrixWorld();
  const contract = await createContract(w.vendorX.org.id);
  const url = `http://localhost/api/files?target=contract&targetId=${contract.id}`;
  return { w, contract, url };
}

describe("POST /api/files with a chunked body", () => {
  it("refuses a member (403) before reading any of the body", async () => {
    const { w, url } = await world();
    setRequestSession(w.memberA.actor.sessionToken);
    const upload = chunkedUpload(url, 50 * 1024 * 1024);
    const response = await POST(upload.request);
    expect(response.status).toBe(403);
    expect(upload.pulled()).toBe(0);
  });

  it("refuses an unknown target (404) without reading the body", async () => {
    const { w } = await world();
    setRequestSession(w.staff.actor.sessionToken);
    const upload = chunkedUpload(`http://localhost/api/files?target=contract&targetId=nope`, 1024);
    expect((await POST(upload.request)).status).toBe(404);
    expect(upload.pulled()).toBe(0);
  });

  it("stops an upload past the limit as it arrives (413 with a clear message), never reading the rest", async () => {
    const { w, url } = await world();
    setRequestSession(w.staff.actor.sessionToken);
    const upload = chunkedUpload(url, 50 * 1024 * 1024);
    const response = await POST(upload.request);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string; fieldErrors?: Record<string, string[]> };
    expect(body.error).toBe("The file is larger than 10 MB. Upload a smaller file.");
    expect(body.fieldErrors?.file).toEqual(["At most 10 MB."]);
    expect(upload.pulled()).toBeLessThan(MAX_UPLOAD_BYTES + 256 * 1024);
  });

  it("refuses a declared Content-Length past the limit before reading", async () => {
    const { w, url } = await world();
    setRequestSession(w.staff.actor.sessionToken);
    const upload = chunkedUpload(url, 1024, "Big", { "content-length": String(MAX_UPLOAD_BYTES * 2) });
    expect((await POST(upload.request)).status).toBe(413);
    expect(upload.pulled()).toBe(0);
  });

  it("stores a chunked upload within the limit, with its title cleaned", async () => {
    const { w, contract, url } = await world();
    setRequestSession(w.staff.actor.sessionToken);
    const upload = chunkedUpload(url, 300 * 1024, "Signed\u0000 contract\u0007");
    const response = await POST(upload.request);
    expect(response.status).toBe(201);
    const doc = await db.contractDocument.findFirstOrThrow({ where: { contractId: contract.id } });
    expect(doc.title).toBe("Signed contract");
  });

  it("asks where the document goes when the URL does not say (422)", async () => {
    const { w } = await world();
    setRequestSession(w.staff.actor.sessionToken);
    const upload = chunkedUpload("http://localhost/api/files", 1024);
    expect((await POST(upload.request)).status).toBe(422);
    expect(upload.pulled()).toBe(0);
  });
});

describe("the proxy and uploads", () => {
  it("does not run for POST /api/files (Next.js would read the whole body for it first)", async () => {
    (globalThis as Record<string, unknown>).AsyncLocalStorage ??= AsyncLocalStorage;
    const { unstable_doesMiddlewareMatch } = await import("next/experimental/testing/server");
    const { config } = await import("@/proxy");
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/files?target=contract&targetId=x" })).toBe(false);
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/files/abc" })).toBe(true);
    expect(unstable_doesMiddlewareMatch({ config, url: "/contracts" })).toBe(true);
  });
});
