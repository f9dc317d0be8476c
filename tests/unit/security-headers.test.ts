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

describe("sign-in rate limit window", () => {
  it("does not reset at a window boundary: the previous window still counts for the part that overlaps", async () => {
    const { slidingEstimate } = await import("@/lib/rate-limit");
    expect(slidingEstimate(15, 1, 0.1)).toBeCloseTo(14.5);
    expect(slidingEstimate(15, 1, 0.9)).toBeCloseTo(2.5);
    expect(slidingEstimate(0, 5, 0.5)).toBe(5);
  });
});
