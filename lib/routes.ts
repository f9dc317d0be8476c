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

// Public catalog pages look the same to every anonymous visitor: a CDN or reverse proxy in front of the portal may
// keep them this long (proxy.ts says so with CDN-Cache-Control). A stage move shows there within that time.
const SHARED_CACHE_SECONDS = 30;
const SHARED_PATHS = /^\/contracts(\/[^/]+)?$/;

export function sharedCacheSeconds(pathname: string): number {
  return SHARED_PATHS.test(pathname) ? SHARED_CACHE_SECONDS : 0;
}
