// The private cache in front of Next.js (server/private-cache.mjs), over real HTTP: what it keeps, for whom, and
// when a kept page is rendered again. The database state is a stand-in here; tests/integration/database-state.test.ts
// checks the real one against PostgreSQL.
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript module of the production server, without type declarations
import { createPrivateCache } from "@/server/private-cache.mjs";

type Page = { status?: number; headers?: Record<string, string>; body?: string; gzip?: boolean; delayMs?: number };

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

const MARKED = { "portal-cache": "revalidate", "content-type": "text/html" };
const ALICE = { cookie: "portal.session=alice" };
const BOB = { cookie: "portal.session=bob" };

/** A server whose pages say what `page` says; the database state is what `db` holds when asked. */
async function start(page: (url: string) => Page = () => ({ headers: MARKED })) {
  let clock = 1_000_000;
  const db = { snapshot: "100:100:", live: new Set(["alice", "bob"]) };
  const cache = createPrivateCache({
    paths: ["/requests", "/vendor/requests"],
    databaseState: async (values: string[]) => ({ snapshot: db.snapshot, live: values.some((v) => db.live.has(v)) }),
    maxAgeMs: 60_000,
    now: () => clock,
  });
  const rendered: string[] = [];
  server = http.createServer((req, res) =>
    cache.handle(req, res, async () => {
      rendered.push(`${req.url} ${req.headers.cookie ?? ""}`.trim());
      const p = page(req.url!);
      if (p.delayMs) await new Promise((r) => setTimeout(r, p.delayMs));
      res.statusCode = p.status ?? 200;
      for (const [k, v] of Object.entries(p.headers ?? {})) res.setHeader(k, v);
      const body = `<html>${p.body ?? `page ${req.url} for ${req.headers.cookie} #${rendered.length}`}</html>`;
      if (p.gzip) {
        res.setHeader("content-encoding", "gzip");
        res.end(zlib.gzipSync(body));
      } else {
        res.write(body.slice(0, 6)); // written in pieces, as a streamed page is
        res.end(body.slice(6));
      }
    }),
  );
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const res = await fetch(base + path, { method, headers });
    return {
      status: res.status,
      cache: res.headers.get("x-private-cache"),
      encoding: res.headers.get("content-encoding"),
      body: await res.text(),
    };
  };
  return { get, rendered, db, advance: (ms: number) => (clock += ms) };
}

describe("private cache for signed-in lists", () => {
  it("reuses a page for the same person and URL while the database is unchanged", async () => {
    const s = await start();
    const first = await s.get("/vendor/requests", ALICE);
    const again = await s.get("/vendor/requests", ALICE);
    expect(first.cache).toBe("miss");
    expect(again).toMatchObject({ cache: "hit", body: first.body });
    expect(s.rendered).toHaveLength(1);
  });

  it("never gives one person's page to another, nor one URL's page for another", async () => {
    const s = await start();
    const alice = await s.get("/vendor/requests", ALICE);
    const bob = await s.get("/vendor/requests", BOB);
    const filtered = await s.get("/vendor/requests?status=SUBMITTED", ALICE);
    expect([bob.cache, filtered.cache]).toEqual(["miss", "miss"]);
    expect(bob.body).not.toBe(alice.body);
    expect(bob.body).toContain("bob");
    expect(s.rendered).toHaveLength(3);
  });

  it("renders again once anything has been written (the snapshot changed)", async () => {
    const s = await start();
    await s.get("/requests", ALICE);
    s.db.snapshot = "100:101:";
    const after = await s.get("/requests", ALICE);
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("#2");
    expect((await s.get("/requests", ALICE)).cache).toBe("hit");
  });

  it("never answers from the cache once the session is over, and renders again after maxAge", async () => {
    const s = await start();
    await s.get("/requests", ALICE);
    s.advance(61_000);
    expect((await s.get("/requests", ALICE)).cache).toBe("miss");
    s.db.live.delete("alice"); // signed out or expired: the app decides what to show (a redirect to sign-in)
    const ended = await s.get("/requests", ALICE);
    expect(ended.cache).toBeNull();
    expect(s.rendered).toHaveLength(3);
  });

  it("keeps only marked 200 pages without cookies set, on listed paths, for plain signed-in GETs", async () => {
    const s = await start((url): Page => {
      if (url.includes("unmarked")) return { headers: { "content-type": "text/html" } };
      if (url.includes("missing")) return { status: 404, headers: MARKED };
      if (url.includes("cookie")) return { headers: { ...MARKED, "set-cookie": "a=b" } };
      return { headers: MARKED };
    });
    for (const path of ["/requests?unmarked", "/requests?missing", "/requests?cookie"]) {
      await s.get(path, ALICE);
      expect((await s.get(path, ALICE)).cache).toBe("miss");
    }
    await s.get("/dashboard", ALICE); // not listed
    await s.get("/requests"); // anonymous
    await s.get("/requests", { ...ALICE, rsc: "1" });
    await s.get("/requests?_rsc=abc", ALICE);
    await s.get("/requests", { ...ALICE, "cache-control": "no-cache" }); // a hard reload
    await s.get("/requests", { ...ALICE, "next-action": "x" }, "POST");
    for (const path of ["/dashboard", "/requests"])
      expect((await s.get(path, path === "/requests" ? {} : ALICE)).cache).toBeNull();
    expect(s.rendered).toHaveLength(14);
  });

  it("renders a page once when several requests for it arrive together", async () => {
    const s = await start(() => ({ headers: MARKED, delayMs: 50 }));
    const answers = await Promise.all([1, 2, 3, 4].map(() => s.get("/vendor/requests", ALICE)));
    expect(s.rendered).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.cache === "hit")).toHaveLength(3);
  });

  it("keeps a compressed page as sent, and decompresses it for a client that does not accept gzip", async () => {
    const s = await start(() => ({ headers: MARKED, gzip: true, body: "compressed list" }));
    await s.get("/requests", { ...ALICE, "accept-encoding": "gzip" });
    const zipped = await s.get("/requests", { ...ALICE, "accept-encoding": "gzip" });
    const plain = await s.get("/requests", { ...ALICE, "accept-encoding": "identity" });
    expect(zipped).toMatchObject({ cache: "hit", encoding: "gzip", body: "<html>compressed list</html>" });
    expect(plain).toMatchObject({ cache: "hit", encoding: null, body: "<html>compressed list</html>" });
    expect(s.rendered).toHaveLength(1);
  });
});
