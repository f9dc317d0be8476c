// What the caches in front of Next.js (shared-cache.mjs, private-cache.mjs) need from a request and a response.

/** Requests a page cache never answers: React Server Component fetches, prefetches and server actions. */
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

export function isRscOrAction(req) {
  return RSC_HEADERS.some((h) => req.headers[h] !== undefined) || req.url.includes("_rsc=");
}

/** Headers that describe one transfer rather than the page, dropped from a kept response. */
const TRANSFER_HEADERS = ["transfer-encoding", "connection", "keep-alive", "date", "content-length"];

/** Collects what is written to `res` (after any compression) and reports it when the response ends. */
export function capture(res, done, { drop = [] } = {}) {
  const chunks = [];
  const write = res.write;
  const end = res.end;
  const add = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
        : Buffer.from(chunk),
    );
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
      for (const name of [...TRANSFER_HEADERS, ...drop]) delete headers[name];
      done(res.statusCode, headers, Buffer.concat(chunks));
    } catch (error) {
      console.error("[cache] could not keep a response", error);
    }
    return result;
  };
}
