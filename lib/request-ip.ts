// The client's network address for this request, as far as it can be trusted (lib/client-address.ts).
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/client-address";

/** The client's IP address, or null when unknown (e.g. under `next dev`, with no trusted proxy configured). */
export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return clientAddress((name) => h.get(name), {
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    socketHeaderTrusted: env.PORTAL_SOCKET_ADDRESS_HEADER,
  });
}
