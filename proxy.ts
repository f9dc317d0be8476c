// Proxy: security headers on every response, and a redirect to sign-in for anonymous
// visitors of signed-in pages. It is a convenience, not the boundary: every page, action
// and route handler authorizes on its own (lib/authz).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";
import { SESSION_COOKIE, secureCookies } from "@/lib/auth/cookies";
import { isSignedInPath, sharedCacheSeconds } from "@/lib/routes";

// Requests for something other than the page itself (React Server Component payloads, prefetches, actions): a
// shared cache must never keep their answers under the page's URL.
const NOT_A_DOCUMENT = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "x-middleware-prefetch",
  "next-action",
];

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;
  const signedInArea = isSignedInPath(pathname);

  let response: NextResponse;
  if (signedInArea && !request.cookies.has(SESSION_COOKIE)) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders(secureCookies))) response.headers.set(name, value);
  if (signedInArea || pathname.startsWith("/api/")) response.headers.set("Cache-Control", "private, no-store");
  // The one freshness rule for public pages: a CDN in front may keep an anonymous page this long (RFC 9213);
  // browsers still get Next.js's no-store.
  const shared = sharedCacheSeconds(pathname);
  if (shared && isAnonymousDocumentGet(request)) response.headers.set("CDN-Cache-Control", `public, max-age=${shared}`);
  return response;
}

function isAnonymousDocumentGet(request: NextRequest): boolean {
  if (request.method !== "GET" || request.headers.has("cookie") || request.headers.has("authorization")) return false;
  return !request.nextUrl.searchParams.has("_rsc") && !NOT_A_DOCUMENT.some((h) => request.headers.has(h));
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
