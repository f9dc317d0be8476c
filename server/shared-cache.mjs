// A shared HTTP cache for public pages, in front of Next.js, doing what a CDN would: a page that answers an
// anonymous request with `CDN-Cache-Control: public, max-age=N` (RFC 9213) is kept for N seconds and served to
// the next anonymous visitor who asks for the same URL, without rendering it again.
//
// Never shared: requests with a cookie or an Authorization header (whoever sends one may see a personal page),
// methods other than GET and HEAD, React Server Component and server action requests, responses that set a
// cookie, and anything but a 200. Responses are kept per Accept-Encoding class, as Next.js compresses by it.
// A cached response carries the nonce its page was rendered with: that nonce is tied to this exact URL's content,
// which an attacker cannot change without changing the URL (and so the cache entry).

import { capture, isRscOrAction } from "./capture.mjs";
import { createLru } from "./lru.mjs";

const PERSONAL_HEADERS = ["cookie", "authorization"];
const MAX_AGE = /(?:^|,)\s*max-age=(\d+)/i;

/** @param {{ maxEntries?: number, maxBytes?: number, now?: () => number }} [options] */
export function createSharedCache({ maxEntries = 1000, maxBytes = 64 * 1024 * 1024, now = Date.now } = {}) {
  const entries = createLru({ maxEntries, maxBytes, sizeOf: (e) => e.body.length });

  function keyFor(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (PERSONAL_HEADERS.some((h) => req.headers[h] !== undefined) || isRscOrAction(req)) return null;
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    return `${gzip ? "gzip" : "identity"} ${req.url}`;
  }

  /** Answers from the cache, or lets `next` answer and keeps what it says when the page allows it. */
  function handle(req, res, next) {
    const key = keyFor(req);
    if (!key) return next();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) {
      res.writeHead(hit.status, {
        ...hit.headers,
        "content-length": String(hit.body.length),
        age: String(Math.floor((now() - hit.storedAt) / 1000)),
        "x-shared-cache": "hit",
      });
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return;
    }
    if (hit) entries.delete(key);
    if (req.method === "HEAD") return next();
    capture(
      res,
      (status, headers, body) => {
        const maxAge = cacheableFor(status, headers);
        if (maxAge > 0) entries.set(key, { status, headers, body, storedAt: now(), expiresAt: now() + maxAge * 1000 });
      },
      { drop: ["x-shared-cache"] },
    );
    res.setHeader("x-shared-cache", "miss");
    return next();
  }

  return { handle };
}

/** Seconds a response may be shared for; 0 when it may not. */
function cacheableFor(status, headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return 0;
  const directive = String(headers["cdn-cache-control"] ?? "");
  if (!/\bpublic\b/i.test(directive) || /\b(private|no-store)\b/i.test(directive)) return 0;
  return Number(MAX_AGE.exec(directive)?.[1] ?? 0);
}
