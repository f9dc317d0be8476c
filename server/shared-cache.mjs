// A shared HTTP cache for public pages, in front of Next.js, doing what a CDN would: a page that answers an
// anonymous request with `CDN-Cache-Control: public, max-age=N` (RFC 9213) is kept for N seconds and served to
// the next anonymous visitor who asks for the same URL, without rendering it again.
//
// Never shared: requests with a cookie or an Authorization header (whoever sends one may see a personal page),
// methods other than GET and HEAD, React Server Component and server action requests, responses that set a
// cookie, and anything but a 200. Responses are kept per Accept-Encoding class, as Next.js compresses by it.
// A cached response carries the nonce its page was rendered with: that nonce is tied to this exact URL's content,
// which an attacker cannot change without changing the URL (and so the cache entry).

const BYPASS_HEADERS = ["cookie", "authorization", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const MAX_AGE = /(?:^|,)\s*max-age=(\d+)/i;

/** @param {{ maxEntries?: number, maxBytes?: number, now?: () => number }} [options] */
export function createSharedCache({ maxEntries = 1000, maxBytes = 64 * 1024 * 1024, now = Date.now } = {}) {
  /** @type {Map<string, { status: number, headers: Record<string, any>, body: Buffer, storedAt: number, expiresAt: number }>} */
  const entries = new Map(); // insertion order doubles as least-recently-used order
  let bytes = 0;

  function keyFor(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (BYPASS_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    if (req.url.includes("_rsc=")) return null;
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    return `${gzip ? "gzip" : "identity"} ${req.url}`;
  }

  function drop(key) {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  }

  function store(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
  }

  /** Answers from the cache, or lets `next` answer and keeps what it says when the page allows it. */
  function handle(req, res, next) {
    const key = keyFor(req);
    if (!key) return next();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) {
      entries.delete(key); // refresh its place in the LRU order
      entries.set(key, hit);
      res.writeHead(hit.status, { ...hit.headers, "content-length": String(hit.body.length), age: String(Math.floor((now() - hit.storedAt) / 1000)), "x-shared-cache": "hit" });
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return;
    }
    if (hit) drop(key);
    if (req.method === "HEAD") return next();
    capture(res, (status, headers, body) => {
      const maxAge = cacheableFor(status, headers);
      if (maxAge > 0) store(key, { status, headers, body, storedAt: now(), expiresAt: now() + maxAge * 1000 });
    });
    res.setHeader("x-shared-cache", "miss");
    return next();
  }

  return { handle, get size() {
    return entries.size;
  } };
}

/** Seconds a response may be shared for; 0 when it may not. */
function cacheableFor(status, headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return 0;
  const directive = String(headers["cdn-cache-control"] ?? "");
  if (!/\bpublic\b/i.test(directive) || /\b(private|no-store)\b/i.test(directive)) return 0;
  return Number(MAX_AGE.exec(directive)?.[1] ?? 0);
}

/** Collects what is written to `res` (after any compression) and reports it when the response ends. */
function capture(res, done) {
  const chunks = [];
  const write = res.write;
  const end = res.end;
  const add = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };
  res.write = function (chunk, encoding, cb) {
    add(chunk, encoding);
    return write.call(this, chunk, encoding, cb);
  };
  res.end = function (chunk, encoding, cb) {
    add(chunk, encoding);
    const result = end.call(this, chunk, encoding, cb);
    try {
      const headers = { ...res.getHeaders() };
      delete headers["x-shared-cache"];
      delete headers["transfer-encoding"];
      delete headers.connection;
      delete headers["keep-alive"];
      delete headers.date;
      done(res.statusCode, headers, Buffer.concat(chunks));
    } catch (error) {
      console.error("[shared-cache] could not keep a response", error);
    }
    return result;
  };
}
