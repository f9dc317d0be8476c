// The end-to-end suite's servers: a fresh embedded PostgreSQL, migrated and seeded, the
// production build (rebuilt only when sources changed), then two production servers:
// E2E_PORT in demo mode, E2E_PORT+1 with demo mode off (as with a real DATABASE_URL).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../../scripts/embedded-db.ts";
import { buildIsStale } from "../../scripts/build-freshness.ts";
import { startServer } from "../../scripts/server-process.ts";
import { e2ePorts, e2eStateFile } from "./ports.ts";

const { demoPort, plainPort } = e2ePorts();
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
const db = await startEmbeddedPostgres({ dir, port: await freePort(), database: "portal_e2e" });
fs.mkdirSync(path.dirname(e2eStateFile()), { recursive: true });
fs.writeFileSync(e2eStateFile(), JSON.stringify({ databaseUrl: db.url }));

const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: "e2e-secret",
  SIGNIN_RATE_PER_IP: "500",
};
const run = (args: string[], extra: Record<string, string> = {}) => {
  const r = spawnSync("npx", ["--no-install", ...args], { stdio: "inherit", env: { ...env, ...extra } });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
};
run(["prisma", "migrate", "deploy"]);
run(["tsx", "prisma/seed.ts"]);
if (buildIsStale(distDir)) run(["next", "build"], { NODE_ENV: "production" });

// the production server (server/serve.ts: one worker per core), as `npm start` runs it
const serve = (port: number, extra: Record<string, string>) =>
  startServer(port, { ...env, ...extra, APP_URL: `http://localhost:${port}` }, { detached: false });
const servers = [serve(demoPort, { PORTAL_DEMO: "1" }), serve(plainPort, {})];

let stopping = false;
async function shutdown(code = 0) {
  stopping = true;
  for (const s of servers) s.kill("SIGTERM");
  await db.stop().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => shutdown());
process.on("SIGTERM", () => shutdown());
// a server that stops on its own (e.g. its port was taken meanwhile) stops the suite rather than leaving it to talk
// to whatever else answers on that port
for (const s of servers)
  s.on("exit", (code) => {
    if (stopping) return;
    console.error(`e2e: a production server stopped on its own (exit code ${code}); stopping the suite's servers`);
    shutdown(1);
  });
