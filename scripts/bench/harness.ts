// What both benchmarks share: a throw-away database, the production build and server on a free port, an HTTP
// client that costs the shared CPU little, and latency percentiles.
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildIsStale } from "../build-freshness.ts";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../embedded-db.ts";
import { startServer, stopServer } from "../server-process.ts";

export type Latency = { p50: number; p95: number; rps: number };

/** Runs `npx --no-install <args>` with `env`, its output on stderr; throws when it fails. */
export function npx(args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync("npx", ["--no-install", ...args], { stdio: ["ignore", process.stderr, "inherit"], env });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (exit ${r.status})`);
}

export type Bench = {
  database: EmbeddedDatabase;
  env: NodeJS.ProcessEnv;
  server: ChildProcess | null;
  stop: () => Promise<void>;
};

/**
 * A fresh embedded PostgreSQL in a temporary directory with the migrations applied, and the environment the app
 * runs with (`distDir` is the benchmark's own build directory). The Prisma client is generated first, as on a
 * fresh clone it is not there yet. `stop` stops the server (if started) and the database, and deletes both.
 */
export async function openBench(name: string, distDir: string): Promise<Bench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`));
  const database = await startEmbeddedPostgres({ dir, port: await freePort(), database: "portal_bench" });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: "bench-secret",
  };
  const bench: Bench = {
    database,
    env,
    server: null,
    stop: async () => {
      stopServer(bench.server);
      await database.stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    npx(["prisma", "generate"], env);
    npx(["prisma", "migrate", "deploy"], env);
  } catch (error) {
    await bench.stop();
    throw error;
  }
  return bench;
}

/** Builds the app into the bench's directory when the sources changed, starts server/serve.ts, waits for it. */
export async function serve(bench: Bench): Promise<string> {
  const distDir = bench.env.NEXT_DIST_DIR ?? ".next";
  if (buildIsStale(distDir)) {
    console.error(`building into ${distDir}`);
    npx(["next", "build"], { ...bench.env, NODE_ENV: "production" });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // the configured origin is the one the benchmark requests (another host name is redirected to it)
  bench.server = startServer(port, { ...bench.env, APP_URL: base }, { stdio: "ignore" });
  for (let i = 0; i < 240; i++) {
    if (
      await getPage(`${base}/api/health`).then(
        () => true,
        () => false,
      )
    )
      return base;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not answer`);
}

// Pages are read with node:http and a keep-alive agent rather than fetch(): the load client shares the 2 cores
// with the server, and fetch() spent about 2.8 ms of CPU per page, node:http about a third of that.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** GETs `url` as a browser would (gzip accepted, body read in full); resolves to the HTML, rejects unless 200. */
export function getPage(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        resolve((res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(body) : body).toString("utf8"));
      });
    });
    req.on("error", reject);
  });
}

/** Runs `count` calls of fn with `concurrency` in flight; latency percentiles in ms and calls per second. */
export async function measure(
  count: number,
  concurrency: number,
  fn: (i: number) => Promise<unknown>,
): Promise<Latency> {
  const times: number[] = [];
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
  const seconds = (performance.now() - started) / 1000;
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), rps: round(count / seconds) };
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One decimal place. */
export const round = (n: number) => Math.round(n * 10) / 10;
