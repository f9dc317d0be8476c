import revalidatedPages from "@/lib/revalidated-pages.json";

// Which paths belong to the signed-in area (proxy redirects the anonymous from them).
const SIGNED_IN_PREFIXES = [
  "/dashboard",
  "/organization",
  "/staff",
  "/vendor",
  "/account",
  "/programs",
  "/membership",
  "/requests",
];

export function isSignedInPath(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// Public catalog pages look the same to every anonymous visitor: a shared cache (server/shared-cache.mjs, or a
// CDN) may keep them this long. A stage move shows there within that time; signed-in visitors see it at once.
const SHARED_CACHE_SECONDS = 30;
const SHARED_PATHS = /^\/contracts(\/[^/]+)?$/;

export function sharedCacheSeconds(pathname: string): number {
  return SHARED_PATHS.test(pathname) ? SHARED_CACHE_SECONDS : 0;
}

// Signed-in pages that show the same thing to the same person until the database changes (the request lists): a
// revalidating cache (server/private-cache.mjs) may reuse such a page while no transaction has written anything
// since it was rendered. A page listed here must depend only on the database, the URL and the session.
const REVALIDATED_PATHS = new Set<string>(revalidatedPages);

export function isRevalidatedPage(pathname: string): boolean {
  return REVALIDATED_PATHS.has(pathname);
}
