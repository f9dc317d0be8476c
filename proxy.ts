// Proxy: a redirect to the configured origin for a request on another host name (lib/canonical-origin.ts),
// security headers on every response, and a redirect to sign-in for anonymous visitors of signed-in pages.
// It is a convenience, not the boundary: every page, action and route handler authorizes on its own (lib/authz).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";
import { SESSION_COOKIE, secureCookies } from "@/lib/auth/cookies";
import { env } from "@/lib/env";
import { isSignedInPath } from "@/lib/routes";
import { canonicalRedirect } from "@/lib/canonical-origin";
import { cleanQueryString, pathHasControlCharacters } from "@/lib/input/text";

export function proxy(request: NextRequest) {
  const canonical = canonicalRedirect(request.nextUrl, request.headers, env.appUrl, env.TRUSTED_PROXY_HOPS > 0);
  if (canonical) return NextResponse.redirect(canonical);
  // a path with NUL or another control character names nothing we serve, and its segments must not reach a query
  if (pathHasControlCharacters(request.nextUrl.pathname)) return new NextResponse("Bad request.", { status: 400 });
  // a query string with them (a bot, a bad link) is sent to the same address without them; only GET can be resent
  const cleanSearch = cleanQueryString(request.nextUrl.search);
  if (cleanSearch !== null) {
    if (request.method !== "GET" && request.method !== "HEAD") return new NextResponse("Bad request.", { status: 400 });
    const url = request.nextUrl.clone();
    url.search = cleanSearch;
    return NextResponse.redirect(url, 308);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
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
  return response;
}

export const config = {
  // Not the upload endpoint: for a path the proxy matches, Next.js reads the whole request body (cloning it for the
  // proxy) before the route runs, so an upload would be read in full before the route could authorize and count it.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/files$).*)" }],
};
