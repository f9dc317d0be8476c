// npm run bench:catalog: a fresh throw-away database with 10,000 contracts, 200,000 price lines and 1,000
// organizations; 20 representative catalog searches timed server side (searchCatalog); then the catalog page
// over HTTP from its own `next start` under 20 concurrent requests. The last line printed is one JSON object.
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
// @ts-expect-error plain ESM helpers shared with the start command
import { freePort, startEmbeddedPostgres } from "./embedded-db.mjs";
// @ts-expect-error plain ESM helper
import { buildIsStale } from "./build-freshness.mjs";
// @ts-expect-error plain ESM helper
import { startServer, stopServer } from "./server-process.mjs";

const CONTRACTS = 10_000;
const LINES_PER_CONTRACT = 20;
const ORGANIZATIONS = 1_000;
const VENDORS = 100;
const CONCURRENCY = 20;
const PAGE_REQUESTS = 600;
const DIST_DIR = ".next-bench";

const CATEGORIES = [
  "Cybersecurity",
  "Networking",
  "Cloud services",
  "GIS",
  "Civic software",
  "Records management",
  "Telecommunications",
  "Hardware",
  "Public safety",
  "Education technology",
  "Finance software",
  "Help desk",
  "Printing",
  "Backup",
  "Identity",
  "Websites",
  "Data centers",
  "Radio",
  "Video",
  "Training",
];
const ADJ = [
  "Managed",
  "Hosted",
  "Municipal",
  "Regional",
  "Secure",
  "Cloud",
  "Integrated",
  "Wireless",
  "Enterprise",
  "Shared",
  "Open",
  "Modern",
  "Resilient",
  "Smart",
  "Unified",
  "Mobile",
  "Digital",
  "Remote",
  "Public",
  "Virtual",
];
const NOUN = [
  "firewall services",
  "network switches",
  "backup and recovery",
  "GIS mapping",
  "agenda management",
  "VoIP phones",
  "endpoint protection",
  "email archiving",
  "laptops",
  "Wi-Fi access points",
  "help desk support",
  "permitting software",
  "tax collection",
  "body cameras",
  "document scanning",
  "website hosting",
  "identity management",
  "security awareness training",
  "printers and copiers",
  "server virtualization",
  "data center colocation",
  "fiber connectivity",
  "radio systems",
  "video surveillance",
  "learning management",
  "payroll software",
  "asset management",
  "work orders",
  "parking enforcement",
  "library systems",
];
const SUFFIX = [
  "program",
  "services",
  "contract",
  "solutions",
  "subscription",
  "support",
  "implementation",
  "licensing",
  "maintenance",
  "hardware",
];
const PHRASES = [
  "for Connecticut towns and schools",
  "with installation and training",
  "including 24x7 support",
  "with pilot pricing for early adopters",
  "meeting CJIS and FOIA requirements",
  "hosted in the United States",
  "with migration from legacy systems",
  "priced per user per month",
  "with on-site implementation",
  "and annual renewal options",
];

const sqlArray = (a: string[]) => `ARRAY[${a.map((s) => `'${s.replace(/'/g, "''")}'`).join(",")}]`;

// Twenty representative views: free text, each filter, sorts and deep pages.
const SEARCHES: Record<string, string>[] = [
  {},
  { q: "firewall" },
  { q: "cloud backup" },
  { q: "network switches", sort: "title" },
  { q: "security awareness training" },
  { q: "GIS mapping", status: "PROGRAM" },
  { category: "Cybersecurity" },
  { category: "Networking", sort: "expiring" },
  { vendor: "bench-org-7" },
  { vendor: "bench-org-42", q: "support" },
  { status: "PILOT" },
  { expiring: "90" },
  { expiring: "30", sort: "expiring" },
  { q: "hosted", page: "5" },
  { page: "200" },
  { q: "Connecticut", sort: "newest" },
  { q: "managed services", category: "Help desk" },
  { q: "radio OR video" },
  { q: '"document scanning"', expiring: "365" },
  { sort: "newest", status: "PROGRAM", page: "3" },
];

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n: number) => Math.round(n * 10) / 10;

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t = performance.now();
  await client.query(`
    INSERT INTO "Organization" ("id", "slug", "name", "kind", "affiliations", "entraTenantIds", "updatedAt")
    SELECT 'bo' || g, 'bench-org-' || g,
           CASE WHEN g <= ${VENDORS} THEN 'Bench Vendor ' || g ELSE 'Town of Bench ' || g END,
           (CASE WHEN g <= ${VENDORS} THEN 'VENDOR' ELSE 'MUNICIPALITY' END)::"OrgKind", '{}', '{}', now()
    FROM generate_series(1, ${ORGANIZATIONS}) g`);
  await client.query(`
    INSERT INTO "Contract" ("id", "number", "title", "summary", "category", "vendorOrganizationId", "termStart", "termEnd", "renewalOptions", "status", "awardBasis", "updatedAt")
    SELECT 'bc' || g, 'BENCH-' || lpad(g::text, 6, '0'),
           (${sqlArray(ADJ)})[1 + (g * 7) % ${ADJ.length}] || ' ' || (${sqlArray(NOUN)})[1 + (g * 13) % ${NOUN.length}] || ' ' || (${sqlArray(SUFFIX)})[1 + (g * 3) % ${SUFFIX.length}],
           'Cooperative contract for ' || lower((${sqlArray(NOUN)})[1 + (g * 11) % ${NOUN.length}]) || ' ' || (${sqlArray(PHRASES)})[1 + g % ${PHRASES.length}] || ', ' || (${sqlArray(PHRASES)})[1 + (g * 17) % ${PHRASES.length}] || '.',
           (${sqlArray(CATEGORIES)})[1 + g % ${CATEGORIES.length}],
           'bo' || (1 + g % ${VENDORS}),
           now() - ((g % 700) || ' days')::interval,
           now() + ((30 + (g * 37) % 1500) || ' days')::interval,
           'Two optional one-year renewals',
           (CASE WHEN g % 10 < 6 THEN 'PROGRAM' WHEN g % 10 < 8 THEN 'PILOT' WHEN g % 10 = 8 THEN 'RETIRED' ELSE 'AWARDED' END)::"ProgramStage",
           'Awarded through competitive solicitation.', now()
    FROM generate_series(1, ${CONTRACTS}) g`);
  await client.query(`
    INSERT INTO "PriceLine" ("id", "contractId", "position", "itemCode", "description", "unit", "contractPriceCents", "pilotPriceCents", "listPriceCents")
    SELECT 'bp' || c || '-' || i, 'bc' || c, i, 'ITEM-' || lpad(i::text, 3, '0'), 'Line ' || i || ' of contract ' || c, 'each',
           1000 + (c * i) % 90000, CASE WHEN i % 3 = 0 THEN 800 + (c * i) % 70000 END, 2000 + (c * i) % 120000
    FROM generate_series(1, ${CONTRACTS}) c, generate_series(1, ${LINES_PER_CONTRACT}) i`);
  // what autovacuum does on a live database: statistics and the visibility map
  await client.query(`VACUUM ANALYZE`);
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM "Contract") AS contracts, (SELECT count(*) FROM "PriceLine") AS lines, (SELECT count(*) FROM "Organization") AS orgs`,
  );
  await client.end();
  console.log(`seeded ${JSON.stringify(counts.rows[0])} in ${Math.round(performance.now() - t)} ms`);
  return Number(counts.rows[0].contracts);
}

async function benchQueries(url: string) {
  process.env.DATABASE_URL = url;
  const { searchCatalog } = await import("../lib/services/catalog/search-catalog");
  const { CatalogQuery } = await import("../lib/services/catalog/catalog-query");
  const filters = SEARCHES.map((s) => CatalogQuery.parse(s));
  for (const f of filters) await searchCatalog(f); // warm-up: plans and connections
  const samples: number[] = [];
  const slowest = new Map<number, number>();
  for (let round = 0; round < 5; round++) {
    for (const [i, f] of filters.entries()) {
      const t = performance.now();
      await searchCatalog(f);
      const ms = performance.now() - t;
      samples.push(ms);
      slowest.set(i, Math.max(slowest.get(i) ?? 0, ms));
    }
  }
  const top = [...slowest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`slowest searches: ${top.map(([i, ms]) => `${JSON.stringify(SEARCHES[i])} ${round(ms)} ms`).join("; ")}`);
  const { db } = await import("../lib/db");
  await db.$disconnect();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** `headers` lets a run bypass the shared cache (any cookie does): the figure for rendering every request. */
async function benchPage(base: string, headers: Record<string, string> = {}) {
  const paths = SEARCHES.map((s) => `/contracts${Object.keys(s).length ? `?${new URLSearchParams(s)}` : ""}`);
  const get = async (p: string) => {
    const res = await fetch(base + p, { headers });
    if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
    await res.arrayBuffer();
  };
  for (const p of paths) await get(p); // warm-up
  const sequential: number[] = [];
  for (let i = 0; i < 3 * paths.length; i++) {
    const t = performance.now();
    await get(paths[i % paths.length]);
    sequential.push(performance.now() - t);
  }
  const floor: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await (await fetch(`${base}/api/health`)).arrayBuffer();
    floor.push(performance.now() - t);
  }
  console.log(
    `/contracts one at a time: p50 ${round(percentile(sequential, 50))} ms, p95 ${round(percentile(sequential, 95))} ms (/api/health: p50 ${round(percentile(floor, 50))} ms)`,
  );
  const samples: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < PAGE_REQUESTS) {
        const p = paths[next++ % paths.length];
        const t = performance.now();
        await get(p);
        samples.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), rps: samples.length / seconds };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), database: "portal_bench" });
  let server: ChildProcess | null = null;
  try {
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: "bench-secret",
    };
    run("npx", ["--no-install", "prisma", "migrate", "deploy"], env);
    const contracts = await seed(db.url);
    const query = await benchQueries(db.url);
    console.log(
      `searchCatalog: p50 ${round(query.p50)} ms, p95 ${round(query.p95)} ms over ${SEARCHES.length * 5} searches`,
    );
    if (process.argv.includes("--queries-only")) return;
    if (buildIsStale(DIST_DIR)) run("npx", ["--no-install", "next", "build"], { ...env, NODE_ENV: "production" });
    const port = await freePort();
    server = startServer(
      port,
      { ...env, APP_URL: `http://localhost:${port}` },
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    await waitFor(`http://localhost:${port}/api/health`, 120_000);
    const rendered = await benchPage(`http://localhost:${port}`, { cookie: "bench=uncached" });
    console.log(
      `/contracts rendered every time (shared cache bypassed), ${CONCURRENCY} concurrent: p50 ${round(rendered.p50)} ms, p95 ${round(rendered.p95)} ms, ${round(rendered.rps)} requests/s`,
    );
    const page = await benchPage(`http://localhost:${port}`);
    console.log(
      `/contracts over HTTP, ${CONCURRENCY} concurrent: p50 ${round(page.p50)} ms, p95 ${round(page.p95)} ms, ${round(page.rps)} requests/s`,
    );
    console.log(
      JSON.stringify({
        bench: "catalog",
        contracts,
        query_p50_ms: round(query.p50),
        query_p95_ms: round(query.p95),
        page_p50_ms: round(page.p50),
        page_p95_ms: round(page.p95),
        page_rps: round(page.rps),
      }),
    );
  } finally {
    stopServer(server);
    await db.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
