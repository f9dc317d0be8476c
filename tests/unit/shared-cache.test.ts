// The shared cache in front of Next.js (server/shared-cache.mjs), over real HTTP: what it keeps, for whom, how long.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript module of the production server, without type declarations
import { createSharedCache } from "@/server/shared-cache.mjs";

type Page = { status?: number; headers?: Record<string, string>; body?: string };

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server whose pages say what `page` says; counts how often the app (not the cache) answered. */
async function start(page: (url: string) => Page) {
  let clock = 1_000_000;
  const cache = createSharedCache({ now: () => clock });
  const rendered: string[] = [];
  server = http.createServer((req, res) =>
    cache.handle(req, res, () => {
      rendered.push(req.url!);
      const p = page(req.url!);
      res.statusCode = p.status ?? 200;
      for (const [k, v] of Object.entries(p.headers ?? {})) res.setHeader(k, v);
      // written in pieces, as a streamed page is
      res.write("<html>");
      res.end(`${p.body ?? `page ${req.url} #${rendered.length}`}</html>`);
    }),
  );
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const res = await fetch(base + path, { method, headers });
    return {
      status: res.status,
      cache: res.headers.get("x-shared-cache"),
      age: res.headers.get("age"),
      body: await res.text(),
    };
  };
  return { get, rendered, advance: (ms: number) => (clock += ms) };
}

const PUBLIC = { "cdn-cache-control": "public, max-age=30", "content-type": "text/html" };

describe("shared cache for public pages", () => {
  it("answers a repeated anonymous request for a public page from the cache, per URL", async () => {
    const s = await start(() => ({ headers: PUBLIC }));
    const first = await s.get("/contracts?q=fiber");
    const second = await s.get("/contracts?q=fiber");
    const other = await s.get("/contracts?q=radio");
    expect(first.cache).toBe("miss");
    expect(second).toMatchObject({ cache: "hit", body: first.body, age: "0" });
    expect(other.cache).toBe("miss");
    expect(s.rendered).toEqual(["/contracts?q=fiber", "/contracts?q=radio"]);
  });

  it("renders again once the page's max-age has passed", async () => {
    const s = await start(() => ({ headers: PUBLIC }));
    await s.get("/contracts");
    s.advance(29_000);
    expect((await s.get("/contracts")).age).toBe("29");
    s.advance(2_000);
    expect((await s.get("/contracts")).cache).toBe("miss");
    expect(s.rendered).toHaveLength(2);
  });

  it("never shares with or from a request that carries a cookie or credentials", async () => {
    const s = await start(() => ({ headers: PUBLIC }));
    await s.get("/contracts", { cookie: "portal.session=abc" });
    await s.get("/contracts", { authorization: "Bearer x" });
    await s.get("/contracts"); // the cookie'd answers were not kept
    const signedIn = await s.get("/contracts", { cookie: "portal.session=abc" });
    expect(signedIn.cache).toBeNull();
    expect(s.rendered).toHaveLength(4);
  });

  it("keeps only 200 responses marked public, without a cookie, and never RSC or action requests", async () => {
    const s = await start((url): Page => {
      if (url.startsWith("/private")) return { headers: { "cdn-cache-control": "private, max-age=30" } };
      if (url.startsWith("/plain")) return { headers: { "cache-control": "public, max-age=30" } };
      if (url.startsWith("/missing")) return { status: 404, headers: PUBLIC };
      if (url.startsWith("/cookie")) return { headers: { ...PUBLIC, "set-cookie": "a=b" } };
      return { headers: PUBLIC };
    });
    for (const path of ["/private", "/plain", "/missing", "/cookie"]) {
      await s.get(path);
      expect((await s.get(path)).cache).toBe("miss");
    }
    await s.get("/contracts", { rsc: "1" });
    await s.get("/contracts?_rsc=abc");
    await s.get("/contracts", { "next-action": "x" }, "POST");
    expect(s.rendered).toHaveLength(11);
  });

  it("keeps compressed and plain answers apart, and answers HEAD from a kept GET", async () => {
    const s = await start(() => ({ headers: PUBLIC }));
    await s.get("/contracts", { "accept-encoding": "gzip" });
    expect((await s.get("/contracts", { "accept-encoding": "identity" })).cache).toBe("miss");
    expect((await s.get("/contracts", { "accept-encoding": "gzip, br" })).cache).toBe("hit");
    const head = await s.get("/contracts", { "accept-encoding": "gzip" }, "HEAD");
    expect(head).toMatchObject({ cache: "hit", body: "" });
    expect(s.rendered).toHaveLength(2);
  });
});
