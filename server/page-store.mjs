// Where the private cache (private-cache.mjs) keeps pages, and who renders a missing one. The first request for a
// page that is missing or out of date claims it and renders it; requests for the same page that arrive meanwhile
// wait for that render rather than start their own. A page is up to date for a request that read the same
// database snapshot and is not older than that request allows.
import { createLru } from "./lru.mjs";

/**
 * @typedef {{ snapshot: string, storedAt: number, body: Uint8Array }} Page
 * @typedef {{ snapshot: string, notBefore: number }} Want
 * @typedef {{ value?: Page, claimed: boolean }} Lookup
 */

/** @param {{ maxEntries: number, maxBytes: number, claimTimeoutMs?: number }} options */
export function createPageStore({ maxEntries, maxBytes, claimTimeoutMs = 10_000 }) {
  const pages = createLru({ maxEntries, maxBytes, sizeOf: (page) => page.body.byteLength });
  /** @type {Map<string, { waiters: { want: Want, resolve: (l: Lookup) => void }[], timer: NodeJS.Timeout }>} */
  const claims = new Map();
  const upToDate = (page, want) =>
    page !== undefined && page.snapshot === want.snapshot && page.storedAt >= want.notBefore;

  /** @param {string} key @param {Page | undefined} page what the claim's render gave, if it may be kept */
  function settle(key, page) {
    if (page) pages.set(key, page);
    const claim = claims.get(key);
    if (!claim) return;
    claims.delete(key);
    clearTimeout(claim.timer);
    for (const w of claim.waiters)
      w.resolve({ value: page && upToDate(page, w.want) ? page : undefined, claimed: false });
  }

  /** @param {string} key @param {Want} want @returns {Promise<Lookup>} */
  async function lookup(key, want) {
    const page = pages.get(key);
    if (upToDate(page, want)) return { value: page, claimed: false };
    if (page) pages.delete(key);
    const claim = claims.get(key);
    if (claim) return new Promise((resolve) => claim.waiters.push({ want, resolve }));
    // a render that never reports back (its worker died) frees the page for the next request
    claims.set(key, { waiters: [], timer: setTimeout(() => settle(key, undefined), claimTimeoutMs).unref() });
    return { claimed: true };
  }

  return { lookup, settle };
}
