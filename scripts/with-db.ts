// Runs a command with DATABASE_URL pointing at the development database (see local-db.ts).
// Usage: node scripts/with-db.ts <command> [args...]
import { spawnSync } from "node:child_process";
import { ensureDatabase } from "./local-db.ts";

const [cmd, ...args] = process.argv.slice(2);
const db = await ensureDatabase();
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url };
if (db.embedded) env.PORTAL_EMBEDDED_DB = "1";
const result = spawnSync("npx", ["--no-install", cmd, ...args], { stdio: "inherit", env });
await db.stop();
process.exit(result.status ?? 1);
