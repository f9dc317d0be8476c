// proxy.ts: which answers a CDN in front may keep (CDN-Cache-Control), and which it must never see as shareable.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const cdnHeader = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  proxy(new NextRequest(`http://localhost${path}`, { headers, method })).headers.get("cdn-cache-control");

describe("CDN-Cache-Control", () => {
  it("marks an anonymous GET of a catalog page for 30 seconds", () => {
    expect(cdnHeader("/contracts")).toBe("public, max-age=30");
    expect(cdnHeader("/contracts/abc?q=x")).toBe("public, max-age=30");
  });

  it("never marks RSC payloads, prefetches or actions, whose answers differ under the same URL", () => {
    for (const h of [
      "rsc",
      "next-router-prefetch",
      "next-router-segment-prefetch",
      "x-middleware-prefetch",
      "next-action",
    ])
      expect(cdnHeader("/contracts", { [h]: "1" }), h).toBeNull();
    expect(cdnHeader("/contracts?_rsc=abc")).toBeNull();
  });

  it("never marks a request with a cookie or credentials, another method, or another page", () => {
    expect(cdnHeader("/contracts", { cookie: "a=b" })).toBeNull();
    expect(cdnHeader("/contracts", { authorization: "Bearer x" })).toBeNull();
    expect(cdnHeader("/contracts", {}, "POST")).toBeNull();
    expect(cdnHeader("/")).toBeNull();
    expect(cdnHeader("/contracts/abc/packet")).toBeNull();
  });
});
