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
 * origin of `appUrl` (an absolute URL). Null when the request's host is the configured one (the port included) or
 * its path is answered on any host. The host is the first X-Forwarded-Host entry when a proxy in front set one,
 * else the Host header, else `url`'s own host; a forged header can only spare its sender the redirect.
 */
export function canonicalRedirect(url: URL, headers: Headers, appUrl: string): URL | null {
  if (ANY_HOST_PATHS.includes(url.pathname)) return null;
  const configured = new URL(appUrl);
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0].trim();
  const host = forwarded || headers.get("host") || url.host;
  if (normalHost(host, configured.protocol) === configured.host) return null;
  return new URL(`${url.pathname}${url.search}`, configured.origin);
}
