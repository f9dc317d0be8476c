// npm run bench:requests: 1,000 member organizations and 1,000,000 purchase requests in a throw-away embedded
// PostgreSQL (bulk SQL), the production build on its own port, then over HTTP: the vendor inbox and the member
// request list under 20 concurrent requests, and POST /api/requests with 50 concurrent clients (10% retries
// of an earlier key). The last line printed is one JSON object with the results. The lists are measured as a
// browser asks for them, so the private cache (server/private-cache.mjs) answers repeated views while nothing is
// written; the same reads with `Cache-Control: no-cache` (every page rendered) are printed too. Before the reads are
// measured, every page shape is rendered 200 times with `no-cache` (kept for nobody) so that the server runs
// compiled code, as one that has been serving for a while does.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "./embedded-db.mjs";
import { buildIsStale } from "./build-freshness.mjs";
import { startServer, stopServer } from "./server-process.mjs";

const ORGS = 1000;
const VENDORS = 10;
const CONTRACTS = 20;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const READS = 600; // per measured page
const READ_CONCURRENCY = 20;
const JIT_WARMUP = 200; // renders of each measured page before the reads are measured
const SUBMITTERS = 50;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
const SUBMIT_WARMUP = 500;
const distDir = process.env.NEXT_DIST_DIR || ".next-bench-requests";
const log = (m) => process.stderr.write(`[bench:requests] ${m}\n`);
const renders = []; // x-private-cache of each page read: "hit", "miss" or none
// Pages are read with node:http and a keep-alive agent rather than fetch(): on this 2-core machine the load client
// shares the CPU with the server, and fetch() spent about 2.8 ms of CPU per page (70% of a core at 250 pages/s),
// node:http about a third of that. Bodies are read in full and gunzipped, as a browser would.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-requests-"));
const database = await startEmbeddedPostgres({ dir, port: await freePort(), database: "portal_bench" });
let server = null;

async function cleanup() {
  stopServer(server);
  await database.stop().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
}
process.on("SIGINT", async () => {
  await cleanup();
  process.exit(130);
});

try {
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: "bench-secret",
  };
  const run = (args, extra = {}) => {
    const r = spawnSync("npx", ["--no-install", ...args], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...env, ...extra },
    });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  };
  run(["prisma", "migrate", "deploy"]);
  const client = new pg.Client({ connectionString: database.url });
  client.on("error", () => {}); // the database stopping at the end (or after a failure) is not news
  await client.connect();
  let t = Date.now();
  await seed(client);
  log(`seeded ${REQUESTS.toLocaleString("en-US")} requests in ${((Date.now() - t) / 1000).toFixed(0)} s`);

  if (buildIsStale(distDir)) {
    log(`building into ${distDir}`);
    run(["next", "build"], { NODE_ENV: "production" });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = startServer(port, { ...env, APP_URL: `http://localhost:${port}` }, { stdio: "ignore" });
  await waitFor(`${base}/api/health`);

  const sessions = await client.query(
    `SELECT s."sessionToken" AS token, o.kind FROM "Session" s JOIN "Organization" o ON o.id = s."activeOrganizationId"`,
  );
  const vendorTokens = sessions.rows.filter((r) => r.kind === "VENDOR").map((r) => r.token);
  const memberTokens = sessions.rows.filter((r) => r.kind !== "VENDOR").map((r) => r.token);
  const contracts = (
    await client.query(
      `SELECT c.id, c."vendorOrganizationId" AS vendor, array_agg(p.id ORDER BY p.position) AS lines FROM "Contract" c JOIN "PriceLine" p ON p."contractId" = c.id GROUP BY c.id`,
    )
  ).rows;
  const cookie = (token) => ({ cookie: `portal.session=${token}` });

  // first views: connection pools; these first pages are kept, as they would be for people already at work
  await measure(40, 10, (i) => fetchPage(`${base}/vendor/requests`, cookie(vendorTokens[i % vendorTokens.length])));
  await measure(40, 10, (i) => fetchPage(`${base}/requests`, cookie(memberTokens[i % memberTokens.length])));

  // inbox: first pages, status filters and second pages (each vendor's "Next page" link, followed beforehand);
  // every sample is one HTTP request
  const STATUSES = ["SUBMITTED", "ACKNOWLEDGED", "ACCEPTED", "FULFILLED"];
  const secondPages = [];
  for (const token of vendorTokens) {
    const next = (await fetchPage(`${base}/vendor/requests`, cookie(token))).match(
      /href="(\/vendor\/requests\?cursor=[^"]+)"/,
    );
    if (!next) throw new Error("the inbox has no next page");
    secondPages.push(next[1].replace(/&amp;/g, "&"));
  }
  const readInbox = (headers) => async (i) => {
    const v = i % vendorTokens.length;
    const path =
      i % 3 === 2 ? secondPages[v] : `/vendor/requests${i % 3 === 1 ? `?status=${STATUSES[i % STATUSES.length]}` : ""}`;
    await fetchPage(`${base}${path}`, { ...cookie(vendorTokens[v]), ...headers });
  };
  const readList = (headers) => (i) =>
    fetchPage(`${base}/requests${i % 4 === 1 ? "?status=FULFILLED" : ""}`, {
      ...cookie(memberTokens[i % memberTokens.length]),
      ...headers,
    });
  const rendered = () => `${renders.splice(0).filter((r) => r !== "hit").length} of ${READS} rendered`;
  const NO_CACHE = { "cache-control": "no-cache" };
  // Warm-up of the code, as on a server that has been running: V8 compiles a function to fast machine code only after
  // it has run many times, and a just-started server renders a page several times slower than one that has been
  // serving for a while. Every page shape measured below is rendered here with `Cache-Control: no-cache`, so nothing
  // is kept for the measured reads: each person's first view of each page is still rendered while it is measured.
  await measure(JIT_WARMUP, READ_CONCURRENCY, readInbox(NO_CACHE));
  await measure(JIT_WARMUP, READ_CONCURRENCY, readList(NO_CACHE));
  renders.length = 0;
  const inbox = await measure(READS, READ_CONCURRENCY, readInbox({}));
  log(`vendor inbox: p50 ${inbox.p50} ms, p95 ${inbox.p95} ms (${rendered()}, the others reused)`);
  const list = await measure(READS, READ_CONCURRENCY, readList({}));
  log(`member list: p50 ${list.p50} ms, p95 ${list.p95} ms (${rendered()}, the others reused)`);
  const inboxRendered = await measure(READS, READ_CONCURRENCY, readInbox(NO_CACHE));
  const listRendered = await measure(READS, READ_CONCURRENCY, readList(NO_CACHE));
  log(
    `every page rendered (no-cache): vendor inbox p50 ${inboxRendered.p50} ms, p95 ${inboxRendered.p95} ms, ${inboxRendered.rps}/s; member list p50 ${listRendered.p50} ms, p95 ${listRendered.p95} ms, ${listRendered.rps}/s`,
  );

  // submissions: 50 clients, each with its own keys; one in ten resends a key already sent (a retry).
  // A warm-up round first, as for the pages (the route's code is compiled on first use); it is checked too.
  const sent = []; // { token, key, id }
  const outcomes = new Map(); // key -> Set of ids answered
  let errors = 0;
  await measure(SUBMIT_WARMUP, SUBMITTERS, (i) => submit(i));
  const started = Date.now();
  await measure(SUBMISSIONS, SUBMITTERS, (i) => submit(SUBMIT_WARMUP + i));
  async function submit(i) {
    const retry = i % 10 === 9 && sent.length > 0;
    const prior = retry ? sent[(i * 7919) % sent.length] : null;
    const token = prior?.token ?? memberTokens[i % memberTokens.length];
    const key = prior?.key ?? crypto.randomUUID();
    const contract = contracts[i % contracts.length];
    const body = {
      contractId: contract.id,
      idempotencyKey: key,
      lines: [{ priceLineId: contract.lines[i % contract.lines.length], quantity: 1 + (i % 5), unitPriceCents: 1 }],
      poNumber: `B-${i}`,
    };
    const res = await fetch(`${base}/api/requests`, {
      method: "POST",
      headers: { ...cookie(token), "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (res.status !== 201 && res.status !== 200) {
      errors++;
      return;
    }
    if (!outcomes.has(key)) outcomes.set(key, new Set());
    outcomes.get(key).add(json.id);
    if (!prior) sent.push({ token, key, id: json.id });
  }
  const seconds = (Date.now() - started) / 1000;
  const submitRps = Math.round((SUBMISSIONS / seconds) * 10) / 10;
  const keys = [...new Set([...sent.map((s) => s.key), ...outcomes.keys()])];
  const rows = await client.query(
    `SELECT "idempotencyKey" AS key, count(*)::int AS n FROM "PurchaseRequest" WHERE "idempotencyKey" = ANY($1) GROUP BY 1`,
    [keys],
  );
  const stored = new Map(rows.rows.map((r) => [r.key, r.n]));
  // lost: an answered submission without its row; duplicated: extra rows for a key, or a retry answered with another id
  const lost = keys.filter((k) => !stored.has(k)).length + errors;
  const duplicated =
    [...stored.values()].reduce((a, n) => a + (n - 1), 0) +
    [...outcomes.values()].reduce((a, ids) => a + (ids.size - 1), 0);
  log(`submissions: ${SUBMISSIONS} in ${seconds.toFixed(1)} s (${errors} errors)`);
  const total = (await client.query(`SELECT count(*)::int AS n FROM "PurchaseRequest"`)).rows[0].n;
  await client.end();
  await cleanup();
  console.log(
    JSON.stringify({
      bench: "requests",
      requests: total - keys.length,
      inbox_p95_ms: inbox.p95,
      list_p95_ms: list.p95,
      submit_rps: submitRps,
      lost,
      duplicated,
    }),
  );
} catch (error) {
  await cleanup();
  throw error;
}

function fetchPage(url, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        renders.push(res.headers["x-private-cache"] ?? "none");
        if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        resolve((res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(body) : body).toString("utf8"));
      });
    });
    req.on("error", reject);
  });
}

/** Runs `count` calls of fn with `concurrency` in flight; returns latency percentiles in ms and calls per second. */
async function measure(count, concurrency, fn) {
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await fn(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const pct = (p) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]);
  return { p50: pct(50), p95: pct(95), rps: Math.round(count / ((performance.now() - started) / 1000)) };
}

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** Bulk data with generate_series: vendors and contracts, member towns with active memberships, people, sessions, requests. */
async function seed(db) {
  const now = new Date();
  const ny = new Date(now.toLocaleString("en-US", { timeZone: "America/New_York" }));
  const fiscalYear = ny.getMonth() + 1 >= 7 ? ny.getFullYear() + 1 : ny.getFullYear();
  await db.query(`
    INSERT INTO "Organization" (id, slug, name, kind, affiliations, "entraTenantIds", "updatedAt")
    SELECT 'bv' || g, 'bench-vendor-' || g, 'Bench Vendor ' || g, 'VENDOR', '{}', '{}', now() FROM generate_series(1, ${VENDORS}) g;
    INSERT INTO "Organization" (id, slug, name, kind, affiliations, "entraTenantIds", "updatedAt")
    SELECT 'bo' || g, 'bench-town-' || g, 'Bench Town ' || g, 'MUNICIPALITY', '{CRCOG}', '{}', now() FROM generate_series(1, ${ORGS}) g;
    INSERT INTO "Membership" (id, "organizationId", "fiscalYear", status, "feeDueCents", "feeBasis", "isRenewal", "dueAt", "graceEndsAt", "updatedAt")
    SELECT 'bm' || g, 'bo' || g, ${fiscalYear}, 'ACTIVE', 0, '{CRCOG}', true, now(), now() + interval '30 days', now() FROM generate_series(1, ${ORGS}) g;
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT 'bu' || g, 'buyer' || g || '@bench.test', 'Buyer ' || g, now() FROM generate_series(1, ${ORGS}) g;
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT 'bvu' || g, 'sales' || g || '@vendor.bench.test', 'Sales ' || g, now() FROM generate_series(1, ${VENDORS}) g;
    INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role) SELECT 'bou' || g, 'bo' || g, 'bu' || g, 'IT_LEAD' FROM generate_series(1, ${ORGS}) g;
    INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role) SELECT 'bvou' || g, 'bv' || g, 'bvu' || g, 'ADMIN' FROM generate_series(1, ${VENDORS}) g;
    INSERT INTO "Session" (id, "sessionToken", "userId", expires, "activeOrganizationId")
    SELECT 'bs' || g, md5('member-session-' || g), 'bu' || g, now() + interval '1 day', 'bo' || g FROM generate_series(1, ${SUBMITTERS}) g;
    INSERT INTO "Session" (id, "sessionToken", "userId", expires, "activeOrganizationId")
    SELECT 'bvs' || g, md5('vendor-session-' || g), 'bvu' || g, now() + interval '1 day', 'bv' || g FROM generate_series(1, ${VENDORS}) g;
    INSERT INTO "Contract" (id, number, title, summary, category, "vendorOrganizationId", "termStart", "termEnd", "renewalOptions", status, "updatedAt")
    SELECT 'bc' || g, 'BENCH-' || g, 'Bench contract ' || g, 'Bench', 'Networking', 'bv' || (1 + (g - 1) % ${VENDORS}), now() - interval '1 year', now() + interval '3 years', 'None', 'PROGRAM', now()
    FROM generate_series(1, ${CONTRACTS}) g;
    INSERT INTO "PriceLine" (id, "contractId", position, "itemCode", description, unit, "contractPriceCents")
    SELECT 'bp' || c || '-' || l, 'bc' || c, l, 'ITEM-' || l, 'Item ' || l, 'each', 10000 * l FROM generate_series(1, ${CONTRACTS}) c, generate_series(1, 3) l;
  `);
  // secondary indexes are rebuilt after the bulk insert (a sorted build is much faster than 1M index updates)
  const indexes = (
    await db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('PurchaseRequest', 'PurchaseRequestLine') AND indexname NOT LIKE '%_pkey'`,
    )
  ).rows;
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`);
  // requests spread over two years; statuses in realistic proportions; one priced line each
  await db.query(`
    INSERT INTO "PurchaseRequest" (id, number, "organizationId", "contractId", "vendorOrganizationId", "createdById", "idempotencyKey", status, "totalCents", "submittedAt", "createdAt", "updatedAt")
    SELECT 'br' || g, g, 'bo' || (1 + g % ${ORGS}), 'bc' || (1 + g % ${CONTRACTS}), 'bv' || (1 + (g % ${CONTRACTS}) % ${VENDORS}), 'bu' || (1 + g % ${ORGS}), 'bench-' || g,
      s.status::"PurchaseRequestStatus", 10000 * (1 + g % 7),
      CASE WHEN s.status IN ('DRAFT', 'PENDING_APPROVAL') THEN NULL ELSE t.created + interval '1 hour' END, t.created, t.created
    FROM generate_series(1, ${REQUESTS}) g
    CROSS JOIN LATERAL (SELECT now() - ((${REQUESTS} - g) * interval '63 seconds') AS created) t
    CROSS JOIN LATERAL (SELECT (ARRAY['FULFILLED','FULFILLED','FULFILLED','FULFILLED','ACCEPTED','ACKNOWLEDGED','SUBMITTED','DECLINED','CANCELLED','DRAFT','PENDING_APPROVAL'])[1 + (g * 7) % 11] AS status) s;
    SELECT setval(pg_get_serial_sequence('"PurchaseRequest"', 'number'), ${REQUESTS});
    INSERT INTO "PurchaseRequestLine" (id, "requestId", position, "priceLineId", "itemCode", description, unit, quantity, "unitPriceCents", "lineTotalCents")
    SELECT 'brl' || g, 'br' || g, 0, 'bp' || (1 + g % ${CONTRACTS}) || '-1', 'ITEM-1', 'Item 1', 'each', 1 + g % 7, 10000, 10000 * (1 + g % 7)
    FROM generate_series(1, ${REQUESTS}) g;
  `);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  for (const i of indexes) await db.query(i.indexdef);
  await db.query(`VACUUM ANALYZE`);
}
