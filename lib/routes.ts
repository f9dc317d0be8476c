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
// keep them this long (next.config.ts says so with CDN-Cache-Control). A stage move shows there within that time.
export const SHARED_CACHE = { source: "/contracts/:id?", seconds: 30 } as const;

// What makes a request something other than an anonymous read of the document itself: credentials, React Server
// Component payloads and prefetches (whose answers differ under the same URL), server actions.
const NOT_A_DOCUMENT_HEADERS = [
  "cookie",
  "authorization",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "x-middleware-prefetch",
  "next-action",
];
export const NOT_A_DOCUMENT = [
  ...NOT_A_DOCUMENT_HEADERS.map((key) => ({ type: "header" as const, key })),
  { type: "query" as const, key: "_rsc" },
];
