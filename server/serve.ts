// The production server: the Next.js build served by one worker process per CPU core (node:cluster), all on one
// port. A single Node.js process renders on one core only; the portal keeps no state in memory that the workers
// would need to share (sessions, rate limits and the outbox live in PostgreSQL), so more processes is more pages
// per second. Every page is rendered by Next.js: caching public pages is left to a CDN or reverse proxy in front,
// which honours the `CDN-Cache-Control` header proxy.ts sets (docs/decisions/0008).
//   node server/serve.ts [-p PORT]   (NODE_ENV=production, after `next build`; Node.js strips the types)
// Reads PORT, HOSTNAME and PORTAL_WORKERS through lib/env.ts, as the Next.js app reads the rest.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { env } from "../lib/env.ts";
import { stampClientAddress } from "../lib/client-address.ts";
import { demoDatabaseProblem } from "../lib/db/queries/demo-data.ts";

const flag = process.argv.indexOf("-p");
const port = Number(flag > 0 ? process.argv[flag + 1] : (env.PORT ?? 3000));
const hostname = env.HOSTNAME ?? "0.0.0.0";
// At most 4 by default: each worker holds up to 10 database connections and a few hundred MB of memory.
const workers = Math.max(1, env.PORTAL_WORKERS ?? Math.min(os.availableParallelism(), 4));

if (cluster.isPrimary) await servePrimary();
else await serveWorker();

/**
 * Starts the workers, replaces one that dies, and stops them all on SIGTERM or SIGINT. In demo mode, first checks that
 * the database holds demo data only (the mailbox page shows sign-in links to anyone), and exits with why if not.
 */
async function servePrimary() {
  const problem = env.demoMode ? await demoDatabaseProblem(env.DATABASE_URL) : null;
  if (problem) {
    console.error(`[serve] ${problem}`);
    process.exit(1);
  }
  let stopping = false;
  // Rendering makes many short-lived objects: a larger young generation means fewer garbage collections.
  cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=32"] });
  // the workers stamp each request with its socket address (lib/client-address.ts), so the app may believe that header
  const fork = () => cluster.fork({ PORTAL_SOCKET_ADDRESS_HEADER: "1" });
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // a worker that dies is replaced; one that cannot start at all stops the server
    if (code === 3) {
      console.error("[serve] a worker could not start; stopping");
      process.exit(1);
    }
    console.error(`[serve] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
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
}

/** One worker: the Next.js request handler on the shared port; exits with code 3 when it cannot start. */
async function serveWorker() {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  try {
    await app.prepare();
  } catch (error) {
    console.error(error);
    process.exit(3);
  }
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    stampClientAddress(req); // the peer's address, replacing any copy of the header a client sent
    // API answers are small JSON or files already compressed (PDF, images): gzip would cost more than it saves
    if (req.url?.startsWith("/api/")) delete req.headers["accept-encoding"];
    void handle(req, res);
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
