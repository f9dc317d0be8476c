// The production server: the Next.js build served by one worker process per CPU core (node:cluster), all on one
// port. A single Node.js process renders on one core only; the portal keeps no state in memory that the workers
// would need to share (sessions, rate limits and caches that must agree live in PostgreSQL), so more processes
// is more pages per second. PORTAL_WORKERS sets the count (default: the cores available, at most 4). Public pages that
// allow it are answered from a shared cache (shared-cache.mjs), as a CDN in front of the portal would; signed-in
// lists are reused per person while the database is unchanged (private-cache.mjs).
//   node server/serve.mjs [-p PORT]   (NODE_ENV=production, after `next build`)
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { clusterStore, serveClusterStore } from "./cluster-store.mjs";
import { createDatabaseState } from "./database-state.mjs";
import { createPrivateCache } from "./private-cache.mjs";
import { createSharedCache } from "./shared-cache.mjs";

const flag = process.argv.indexOf("-p");
const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || "0.0.0.0";
// At most 4 by default: each worker holds up to 10 database connections and a few hundred MB of memory.
const workers = Math.max(1, Number(process.env.PORTAL_WORKERS) || Math.min(os.availableParallelism(), 4));

if (cluster.isPrimary) {
  let stopping = false;
  // Rendering makes many short-lived objects: a larger young generation means fewer garbage collections.
  // ("advanced" serialization passes the private cache's pages to and from the primary without JSON)
  cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=32"], serialization: "advanced" });
  serveClusterStore({ maxEntries: 2000, maxBytes: 256 * 1024 * 1024 });
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // a worker that dies is replaced; one that cannot start at all stops the server
    if (code === 3) {
      console.error("[serve] a worker could not start; stopping");
      process.exit(1);
    }
    console.error(`[serve] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on("exit", () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`> Serving on http://localhost:${port} with ${workers} worker${workers === 1 ? "" : "s"}`);
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  try {
    await app.prepare();
  } catch (error) {
    console.error(error);
    process.exit(3);
  }
  const handle = app.getRequestHandler();
  const shared = createSharedCache();
  const { databaseState } = createDatabaseState(process.env.DATABASE_URL);
  const paths = JSON.parse(fs.readFileSync(new URL("../lib/revalidated-pages.json", import.meta.url), "utf8"));
  const personal = createPrivateCache({ paths, databaseState, store: clusterStore() });
  const server = http.createServer((req, res) => {
    // API answers are small JSON or files already compressed (PDF, images): gzip would cost more than it saves
    if (req.url?.startsWith("/api/")) delete req.headers["accept-encoding"];
    shared.handle(req, res, () => personal.handle(req, res, () => handle(req, res)));
  });
  server.keepAliveTimeout = 65_000;
  server.on("error", (error) => {
    // e.g. the port is taken: starting another worker would fail the same way
    console.error(`[serve] cannot listen on ${hostname}:${port}: ${error.message}`);
    process.exit(3);
  });
  server.listen(port, hostname);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 4000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
