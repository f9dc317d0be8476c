// Login CSRF: a page on another site could post a sign-in link of its owner's to the email callback and sign the
// visitor's browser in as that person. The callback is accepted only from the portal's own pages.
import { env } from "@/lib/env";

/** The origins the portal's pages are served from: the configured one and the one this request was sent to. */
function ownOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(env.appUrl).origin, new URL(request.url).origin]);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

/**
 * Whether a browser sent `request` from one of the portal's own pages: Sec-Fetch-Site "same-origin" when the browser
 * sends it, otherwise an Origin header naming the portal. A request with neither is refused (every current browser
 * sends at least one on a POST).
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return Boolean(origin && origin !== "null" && ownOrigins(request).has(origin));
}
