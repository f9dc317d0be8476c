// Which network address a request came from, for per-address rate limits and the audit log. Forwarding headers are
// written by whoever sends them, so they are believed only for the configured number of proxies in front
// (TRUSTED_PROXY_HOPS); otherwise the address is the TCP peer's, which the production server (server/serve.ts) stamps
// on every request in its own header, overwriting any copy a client sent. Plain Node.js: server/serve.ts imports it.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** The header server/serve.ts sets to the TCP peer's address on every request (any incoming copy is replaced). */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/** A plain IP address ("::ffff:" prefix of IPv4-mapped addresses removed), or null for anything else. */
export function normalizeAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  const address =
    trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(address) ? address : null;
}

/** Server side: replaces the client-address header with the socket's peer address (or removes it when unknown). */
export function stampClientAddress(req: IncomingMessage): void {
  const address = normalizeAddress(req.socket.remoteAddress);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
}

export type AddressSettings = {
  /** How many proxies of ours stand in front of the app, each appending its peer to X-Forwarded-For. */
  trustedProxyHops: number;
  /** Whether CLIENT_ADDRESS_HEADER comes from our own server (true under server/serve.ts, never under `next dev`). */
  socketHeaderTrusted: boolean;
};

/**
 * The client's address, or null when it cannot be known. With N trusted proxies, the N-th X-Forwarded-For entry from
 * the right (entries further left are whatever the client wrote); with none, the socket address our server stamped.
 */
export function clientAddress(get: (name: string) => string | null, settings: AddressSettings): string | null {
  if (settings.trustedProxyHops > 0) {
    const chain = (get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    return normalizeAddress(chain[chain.length - settings.trustedProxyHops]);
  }
  return settings.socketHeaderTrusted ? normalizeAddress(get(CLIENT_ADDRESS_HEADER)) : null;
}
