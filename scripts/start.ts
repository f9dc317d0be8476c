// `npm start`: database (embedded PostgreSQL unless DATABASE_URL is set), migrations, seed,
// production build when the sources changed, then the server on $PORT (default 3000).
// `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { ensureDatabase } from "./local-db.ts";
import { buildIsStale } from "./build-freshness.ts";
import { startServer, stopServer } from "./server-process.ts";
import { demoDatabaseProblem } from "../lib/db/queries/demo-data.ts";
import { env as settings } from "../lib/env.ts";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status})`);
}

const db = await ensureDatabase().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
if (db.embedded) env.PORTAL_EMBEDDED_DB = "1";

try {
  run("npx", ["--no-install", "prisma", "generate"], env);
  run("npx", ["--no-install", "prisma", "migrate", "deploy"], env);
  if (db.embedded || process.env.PORTAL_SEED === "1") run("npx", ["--no-install", "tsx", "prisma/seed.ts"], env);
  // demo mode shows sign-in links to anyone: only on a database of demo data (checked before a long build)
  const problem = db.embedded || settings.PORTAL_DEMO ? await demoDatabaseProblem(db.url) : null;
  if (problem) throw new Error(problem);
  if (!dev && buildIsStale()) run("npx", ["--no-install", "next", "build"], { ...env, NODE_ENV: "production" });
} catch (error) {
  console.error(String(error));
  await db.stop();
  process.exit(1);
}

// Its own process group, so stopping the portal stops every server process too.
const server = dev
  ? spawn("npx", ["--no-install", "next", "dev", "-p", port], { stdio: "inherit", env, detached: true })
  : startServer(port, env);
console.log(
  `\nThe portal is starting at http://localhost:${port}${db.embedded ? " (demo mode, embedded PostgreSQL)" : ""}\n`,
);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopServer(server);
  await db.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
server.on("exit", (code) => shutdown(code ?? 0));
