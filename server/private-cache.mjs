// A revalidating cache for signed-in pages, in front of Next.js: a page that looks the same until the database
// changes is rendered once and reused for the same person while nothing has been written (docs/decisions/0006).
//
// The pages are listed in lib/revalidated-pages.json; a response is kept only when it also carries the header
// `Portal-Cache: revalidate` (proxy.ts sets it on those pages for signed-in GETs). A page is kept per URL and per
// Cookie header, so per person and session, with the database snapshot (`pg_current_snapshot()`) read before it
// was rendered. It is reused only
//   - while the snapshot is unchanged: every transaction that writes, anywhere, takes a transaction id, which
//     changes the snapshot, so an unchanged snapshot means nothing has been written since;
//   - while the session in the cookie is live (not signed out, not expired): checked on every request;
//   - for at most `maxAgeMs`, for what depends on the clock alone.
// Everything else goes to Next.js as before: other pages, other methods, RSC and action requests, requests with
// `Cache-Control: no-cache` (a browser's hard reload), responses other than a 200 or that set a cookie.
// A reused page is the very response that was rendered, CSP nonce included, as after an HTTP revalidation (304):
// the nonce only ever appears with content rendered for it, since any change to the data means a new render with
// a new nonce.
import crypto from "node:crypto";
import zlib from "node:zlib";
import { capture, isRscOrAction } from "./capture.mjs";
import { createPageStore } from "./page-store.mjs";

const MARKER = "portal-cache";

/**
 * @param {{
 *   paths: string[],
 *   databaseState: (cookieValues: string[]) => Promise<{ snapshot: string, live: boolean }>,
 *   store?: ReturnType<typeof createPageStore>,
 *   maxAgeMs?: number, now?: () => number,
 * }} options `store` keeps the pages: in this process by default, in the cluster's primary under serve.mjs
 */
export function createPrivateCache({
  paths,
  databaseState,
  store = createPageStore({ maxEntries: 500, maxBytes: 64 * 1024 * 1024 }),
  maxAgeMs = 60_000,
  now = Date.now,
}) {
  const revalidated = new Set(paths);

  /** Answers with the kept page when it is up to date, or lets `next` answer and keeps what it says. */
  async function handle(req, res, next) {
    const key = revalidated.has(req.url.split("?")[0]) ? keyFor(req) : null;
    if (!key) return next();
    let state, value, claimed;
    try {
      state = await databaseState(cookieValues(req.headers.cookie));
      if (!state.live) return next(); // Next.js answers: sign in again
      ({ value, claimed } = await store.lookup(key, { snapshot: state.snapshot, notBefore: now() - maxAgeMs }));
    } catch (error) {
      console.error("[private-cache] cannot check the kept page; rendering it", error);
      return next();
    }
    if (value) return reuse(req, res, value);
    if (claimed) {
      let settled = false;
      const settle = (page) => {
        if (settled) return;
        settled = true;
        store.settle(key, page);
      };
      capture(res, (status, headers, body) => settle(pageToKeep(state.snapshot, status, headers, body, now())), {
        drop: ["x-private-cache"],
      });
      res.on("close", () => settle(undefined)); // the client left before the page was complete
    }
    res.setHeader("x-private-cache", "miss");
    return next();
  }

  return { handle };
}

/** One person's view of one URL: a hard reload (`no-cache`) and anything but a plain page GET is never kept. */
function keyFor(req) {
  if (req.method !== "GET" || !req.headers.cookie || isRscOrAction(req)) return null;
  if (/\bno-cache\b/i.test(`${req.headers["cache-control"] ?? ""} ${req.headers.pragma ?? ""}`)) return null;
  return crypto.createHash("sha256").update(req.url).update("\n").update(req.headers.cookie).digest("base64");
}

/** The page as kept (as sent, compressed or not), or undefined when this response may not be kept. */
function pageToKeep(snapshot, status, headers, body, storedAt) {
  if (status !== 200 || headers["set-cookie"] !== undefined || !/\brevalidate\b/.test(String(headers[MARKER] ?? "")))
    return undefined;
  return { snapshot, storedAt, headers, body };
}

function reuse(req, res, page) {
  let body = Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength); // a Uint8Array after IPC
  let headers = page.headers;
  const encoding = headers["content-encoding"];
  if (encoding && !new RegExp(`\\b${encoding}\\b`).test(req.headers["accept-encoding"] ?? "")) {
    body = decode(body, encoding);
    headers = { ...headers };
    delete headers["content-encoding"];
  }
  res.writeHead(200, { ...headers, "content-length": String(body.length), "x-private-cache": "hit" });
  res.end(body);
}

function decode(body, encoding) {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}

function cookieValues(header) {
  return String(header ?? "")
    .split(";")
    .map((part) => part.slice(part.indexOf("=") + 1).trim())
    .filter(Boolean);
}
