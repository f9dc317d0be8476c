// A person who reaches the portal on a host name it does not serve (127.0.0.1, a www. name) is sent to the configured
// origin, same path and query, before signing in: on the other name the sign-in callback would be blocked by the CSP.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { env } from "@/lib/env";
import { canonicalRedirect } from "@/lib/canonical-origin";

const configured = new URL(env.appUrl);
const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers });

describe("the configured origin", () => {
  it("a page opened at 127.0.0.1 is redirected to the configured origin with its path and query", () => {
    const host = `127.0.0.1:${configured.port || 80}`;
    const res = proxy(request(`http://${host}/sign-in?callbackUrl=%2Fdashboard&x=1`, { host }));
    expect([307, 308]).toContain(res.status);
    expect(res.headers.get("location")).toBe(`${configured.origin}/sign-in?callbackUrl=%2Fdashboard&x=1`);
  });

  it("the Host header decides, and a www. name or another port is another host", () => {
    const at = (host: string, path = "/contracts?q=wifi") =>
      canonicalRedirect(new URL(`http://127.0.0.1:3000${path}`), new Headers({ host }), "https://coop.example.org");
    expect(at("www.coop.example.org")?.href).toBe("https://coop.example.org/contracts?q=wifi");
    expect(at("coop.example.org:8443")?.href).toBe("https://coop.example.org/contracts?q=wifi");
    expect(at("COOP.example.org")).toBeNull();
    expect(at("coop.example.org:443")).toBeNull();
    expect(at("coop.example.org")).toBeNull();
    expect(at("bad host!")?.href).toBe("https://coop.example.org/contracts?q=wifi");
  });

  it("behind proxies the forwarded host is the name the person used; without one nothing is redirected", () => {
    const url = new URL("http://127.0.0.1:3000/dashboard");
    const upstream = { host: "127.0.0.1:3000" };
    const at = (headers: Record<string, string>, behindProxies: boolean) =>
      canonicalRedirect(url, new Headers(headers), "https://coop.example.org", behindProxies)?.href ?? null;
    expect(at({ ...upstream, "x-forwarded-host": "coop.example.org" }, true)).toBeNull();
    expect(at({ ...upstream, "x-forwarded-host": "www.coop.example.org, proxy.internal" }, true)).toBe(
      "https://coop.example.org/dashboard",
    );
    expect(at(upstream, true)).toBeNull(); // a proxy that sends its upstream's name as Host: no redirect loop
    // with no proxy in front, X-Forwarded-Host is the client's own text and does not spare it the redirect
    expect(at({ ...upstream, "x-forwarded-host": "coop.example.org" }, false)).toBe(
      "https://coop.example.org/dashboard",
    );
  });

  it("the server's own fetch of the page an action redirects to (at its listening address) is not redirected", () => {
    const host = `0.0.0.0:${configured.port || 80}`;
    const headers = { host, rsc: "1", "x-action-redirect": "/requests/r1;push", cookie: "portal.session=x" };
    const own = proxy(request(`http://${host}/requests/r1?_rsc=abc`, headers));
    expect(own.headers.get("location")).toBeNull();
    const page = proxy(request(`http://${host}/requests/r1`, { host }));
    expect(page.headers.get("location")).toBe(`${configured.origin}/requests/r1`);
  });

  it("the configured origin itself passes, and the health check answers on any host", () => {
    const own = proxy(request(`${configured.origin}/contracts?q=x`, { host: configured.host }));
    expect(own.headers.get("location")).toBeNull();
    expect(own.headers.get("content-security-policy")).toContain("form-action 'self'");
    const health = proxy(request("http://10.0.0.7:3000/api/health", { host: "10.0.0.7:3000" }));
    expect(health.headers.get("location")).toBeNull();
  });
});
