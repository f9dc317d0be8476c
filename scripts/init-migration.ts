// Regenerates prisma/migrations/0001_init from the whole schema (prisma/schema/*.prisma).
// Valid only until the first release: after that, add migrations with `npm run db:migrate`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { startEmbeddedPostgres, freePort } from "./embedded-db.ts";
import os from "node:os";
import path from "node:path";

// A throw-away server, so this works whatever state the development database is in.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migration-"));
const db = await startEmbeddedPostgres({ dir, port: await freePort() });
const r = spawnSync(
  "npx",
  ["--no-install", "prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script"],
  {
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: "utf8",
  },
);
await db.stop();
fs.rmSync(dir, { recursive: true, force: true });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
fs.mkdirSync("prisma/migrations/0001_init", { recursive: true });
fs.writeFileSync("prisma/migrations/0001_init/migration.sql", r.stdout);
console.log("prisma/migrations/0001_init/migration.sql regenerated");
