// npm run bench:requests: 1,000 member organizations and 1,000,000 purchase requests in a throw-away embedded
// PostgreSQL (scripts/bench/requests-seed.ts), the production build on its own port, then over HTTP: the vendor
// inbox and the member request list under 20 concurrent requests, every page rendered by Next.js, and
// POST /api/requests with 50 concurrent clients (10% retries of an earlier key). The last line printed is one JSON
// object; its headline is inbox_rendered_p95_ms and list_rendered_p95_ms. Before the reads are measured, each page
// shape is rendered 200 times, so that the server runs compiled code, as one that has been serving for a while does.
import pg from "pg";
import { getPage, measure, openBench, serve } from "./bench/harness.ts";
import { benchSubmissions, type BenchContract } from "./bench/requests-submit.ts";
import { seedRequests } from "./bench/requests-seed.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const READS = 600; // per measured page
const READ_CONCURRENCY = 20;
const JIT_WARMUP = 200; // renders of each measured page before the reads are measured
const SUBMITTERS = 50;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
const SUBMIT_WARMUP = 500;
const log = (m: string) => process.stderr.write(`[bench:requests] ${m}\n`);

const bench = await openBench("bench-requests", process.env.NEXT_DIST_DIR || ".next-bench-requests");
process.on("SIGINT", () => void bench.stop().then(() => process.exit(130)));
const client = new pg.Client({ connectionString: bench.database.url });
client.on("error", () => {}); // the database stopping at the end (or after a failure) is not news
try {
  await client.connect();
  const t = Date.now();
  await seedRequests(client, REQUESTS);
  log(`seeded ${REQUESTS.toLocaleString("en-US")} requests in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  const base = await serve(bench);

  const sessions = await client.query(
    `SELECT s."sessionToken" AS token, o.kind FROM "Session" s JOIN "Organization" o ON o.id = s."activeOrganizationId"`,
  );
  const tokens = (vendor: boolean) =>
    sessions.rows.filter((r) => (r.kind === "VENDOR") === vendor).map((r) => r.token as string);
  const [vendorTokens, memberTokens] = [tokens(true), tokens(false)];
  const contracts = (
    await client.query(
      `SELECT c.id, array_agg(p.id ORDER BY p.position) AS lines
       FROM "Contract" c JOIN "PriceLine" p ON p."contractId" = c.id GROUP BY c.id`,
    )
  ).rows as BenchContract[];
  const cookie = (token: string) => ({ cookie: `portal.session=${token}` });

  // inbox: first pages, status filters and second pages (each vendor's "Next page" link, followed beforehand);
  // every sample is one HTTP request
  const STATUSES = ["SUBMITTED", "ACKNOWLEDGED", "ACCEPTED", "FULFILLED"];
  const secondPages: string[] = [];
  for (const token of vendorTokens) {
    const html = await getPage(`${base}/vendor/requests`, cookie(token));
    const next = html.match(/href="(\/vendor\/requests\?cursor=[^"]+)"/);
    if (!next) throw new Error("the inbox has no next page");
    secondPages.push(next[1].replace(/&amp;/g, "&"));
  }
  const readInbox = (i: number) => {
    const v = i % vendorTokens.length;
    const filter = i % 3 === 1 ? `?status=${STATUSES[i % STATUSES.length]}` : "";
    return getPage(`${base}${i % 3 === 2 ? secondPages[v] : `/vendor/requests${filter}`}`, cookie(vendorTokens[v]));
  };
  const readList = (i: number) =>
    getPage(`${base}/requests${i % 4 === 1 ? "?status=FULFILLED" : ""}`, cookie(memberTokens[i % memberTokens.length]));
  // V8 compiles a function to fast machine code only after it has run many times: a just-started server renders a
  // page several times slower than one that has been serving for a while
  await measure(JIT_WARMUP, READ_CONCURRENCY, readInbox);
  await measure(JIT_WARMUP, READ_CONCURRENCY, readList);
  const inbox = await measure(READS, READ_CONCURRENCY, readInbox);
  log(`vendor inbox rendered: p50 ${inbox.p50} ms, p95 ${inbox.p95} ms, ${inbox.rps} pages/s`);
  const list = await measure(READS, READ_CONCURRENCY, readList);
  log(`member list rendered: p50 ${list.p50} ms, p95 ${list.p95} ms, ${list.rps} pages/s`);

  const submitted = await benchSubmissions(base, client, {
    tokens: memberTokens,
    contracts,
    clients: SUBMITTERS,
    warmup: SUBMIT_WARMUP,
    count: SUBMISSIONS,
  });
  const total = (await client.query(`SELECT count(*)::int AS n FROM "PurchaseRequest"`)).rows[0].n as number;
  console.log(
    JSON.stringify({
      bench: "requests",
      requests: total - submitted.keys,
      inbox_rendered_p50_ms: inbox.p50,
      inbox_rendered_p95_ms: inbox.p95,
      list_rendered_p50_ms: list.p50,
      list_rendered_p95_ms: list.p95,
      submit_rps: submitted.rps,
      lost: submitted.lost,
      duplicated: submitted.duplicated,
    }),
  );
} finally {
  await client.end().catch(() => {});
  await bench.stop();
}
