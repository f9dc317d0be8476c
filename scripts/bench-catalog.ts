// npm run bench:catalog: a fresh throw-away database with 10,000 contracts, 200,000 price lines and 1,000
// organizations (scripts/bench/catalog-seed.ts); 20 representative catalog searches timed server side
// (searchCatalog); then /contracts over HTTP from the production server under 20 concurrent requests, every page
// rendered by Next.js (nothing in front of it keeps pages). The last line printed is one JSON object; its headline
// is page_rendered_p95_ms. `--queries-only` stops after the searches.
import { spawnSync } from "node:child_process";
import { CONTRACTS, SEARCHES, seedCatalog } from "./bench/catalog-seed.ts";
import { getPage, measure, openBench, serve } from "./bench/harness.ts";

const CONCURRENCY = 20;
const PAGE_REQUESTS = 600;
const JIT_WARMUP = 200; // renders before measuring, as on a server that has been serving for a while
const DIST_DIR = ".next-bench";

/** searchCatalog's latency, measured in a process of its own (scripts/bench/catalog-queries.ts). */
function benchQueries(env: NodeJS.ProcessEnv): { p50: number; p95: number } {
  const args = ["--no-install", "tsx", "--conditions=react-server", "scripts/bench/catalog-queries.ts"];
  const r = spawnSync("npx", args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`catalog-queries failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}");
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
  const query = benchQueries(bench.env);
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
