import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("sends HSTS only over HTTPS (production), always nosniff and a referrer policy", () => {
    expect(staticSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(staticSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders(false)["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("allows scripts only by nonce in production, never unsafe-inline", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp.split(";").find((d) => d.includes("script-src"))).not.toContain("unsafe-inline");
  });
});
