// The portal answers on one origin, the configured APP_URL: sign-in links and callbacks point there, and the
// Content-Security-Policy's `form-action 'self'` refuses a form that would leave the page's own origin. A page
// opened on another name for the same server (127.0.0.1, a www. name) would show a sign-in button that cannot work,
// so proxy.ts sends such a request to the configured origin first.

/** Paths answered on any host name: health checks from load balancers and probes that use an address. */
const ANY_HOST_PATHS = ["/api/health"];

/** "host[:port]" as a URL of `protocol` spells it (lower case, default port dropped); null when it is not a host. */
function normalHost(host: string, protocol: string): string | null {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/**
 * Where to send a request that reached the portal on a host name it does not serve: the same path and query on the
 * origin of `appUrl` (an absolute URL). Null when the request's host is the configured one (the port included), its
 * path is answered on any host, or the name the person used is unknown. With no proxy in front
 * (`behindProxies` false) the name is the Host header the browser sent (X-Forwarded-Host is then the client's own
 * text and ignored); behind proxies (TRUSTED_PROXY_HOPS) it is the first X-Forwarded-Host entry, and without one
 * nothing is redirected, since a proxy may send its upstream's name as Host and a redirect would loop. The server's own
 * request is never redirected: to draw the page a server action redirects to, Next.js fetches it from the server's
 * listening address (e.g. 0.0.0.0:3000) with the browser's headers plus the action's response headers, among them
 * `x-action-redirect`; redirected, that fetch would lose the session cookie and draw the page signed out.
 */
export function canonicalRedirect(url: URL, headers: Headers, appUrl: string, behindProxies = false): URL | null {
  if (ANY_HOST_PATHS.includes(url.pathname) || headers.has("x-action-redirect")) return null;
  const configured = new URL(appUrl);
  const host = behindProxies
    ? headers.get("x-forwarded-host")?.split(",")[0].trim()
    : (headers.get("host") ?? url.host);
  if (!host || normalHost(host, configured.protocol) === configured.host) return null;
  return new URL(`${url.pathname}${url.search}`, configured.origin);
}
