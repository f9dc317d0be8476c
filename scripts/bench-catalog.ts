// npm run bench:catalog: a fresh throw-away database with 10,000 contracts, 200,000 price lines and 1,000
// organizations (scripts/bench/catalog-seed.ts); 20 representative catalog searches timed server side
// (searchCatalog); then /contracts over HTTP from the production server under 20 concurrent requests, every page
// rendered by Next.js (nothing in front of it keeps pages). The last line printed is one JSON object; its headline
// is page_rendered_p95_ms. `--queries-only` stops after the searches.
import { CONTRACTS, SEARCHES, seedCatalog } from "./bench/catalog-seed.ts";
import { getPage, measure, openBench, percentile, round, serve } from "./bench/harness.ts";

const CONCURRENCY = 20;
const PAGE_REQUESTS = 600;
const JIT_WARMUP = 200; // renders before measuring, as on a server that has been serving for a while
const DIST_DIR = ".next-bench";

/** searchCatalog itself, one at a time: percentiles over five rounds of the twenty views, after one unmeasured. */
async function benchQueries(url: string) {
  process.env.DATABASE_URL = url;
  const { searchCatalog } = await import("../lib/services/catalog/search-catalog");
  const { CatalogQuery } = await import("../lib/services/catalog/catalog-query");
  const filters = SEARCHES.map((s) => CatalogQuery.parse(s));
  for (const f of filters) await searchCatalog(f); // warm-up: plans and connections
  const samples: number[] = [];
  const slowest = new Map<number, number>();
  for (let r = 0; r < 5; r++) {
    for (const [i, f] of filters.entries()) {
      const t = performance.now();
      await searchCatalog(f);
      const ms = performance.now() - t;
      samples.push(ms);
      slowest.set(i, Math.max(slowest.get(i) ?? 0, ms));
    }
  }
  const top = [...slowest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.error(
    `slowest searches: ${top.map(([i, ms]) => `${JSON.stringify(SEARCHES[i])} ${round(ms)} ms`).join("; ")}`,
  );
  const { db } = await import("../lib/db");
  await db.$disconnect();
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

/** /contracts: one at a time (with /api/health as the framework's floor), then 20 concurrent. */
async function benchPage(base: string) {
  const paths = SEARCHES.map((s) => `/contracts${Object.keys(s).length ? `?${new URLSearchParams(s)}` : ""}`);
  const view = (i: number) => getPage(base + paths[i % paths.length]);
  // V8 compiles a function to fast code only after many runs: a just-started server renders several times slower
  await measure(JIT_WARMUP, CONCURRENCY, view);
  const sequential = await measure(3 * paths.length, 1, view);
  const floor = await measure(20, 1, () => getPage(`${base}/api/health`));
  console.error(
    `/contracts one at a time: p50 ${sequential.p50} ms, p95 ${sequential.p95} ms (/api/health: p50 ${floor.p50} ms)`,
  );
  return measure(PAGE_REQUESTS, CONCURRENCY, view);
}

const bench = await openBench("bench-catalog", DIST_DIR);
try {
  const contracts = await seedCatalog(bench.database.url);
  if (contracts !== CONTRACTS) throw new Error(`expected ${CONTRACTS} contracts, found ${contracts}`);
  const query = await benchQueries(bench.database.url);
  console.error(`searchCatalog: p50 ${query.p50} ms, p95 ${query.p95} ms over ${SEARCHES.length * 5} searches`);
  if (!process.argv.includes("--queries-only")) {
    const page = await benchPage(await serve(bench));
    console.error(
      `/contracts rendered, ${CONCURRENCY} concurrent: p50 ${page.p50} ms, p95 ${page.p95} ms, ${page.rps} pages/s`,
    );
    console.log(
      JSON.stringify({
        bench: "catalog",
        contracts,
        query_p50_ms: query.p50,
        query_p95_ms: query.p95,
        page_rendered_p50_ms: page.p50,
        page_rendered_p95_ms: page.p95,
        page_rendered_rps: page.rps,
      }),
    );
  }
} finally {
  await bench.stop();
}
