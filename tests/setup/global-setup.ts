// Starts a throw-away embedded PostgreSQL for the run and applies the real migrations.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "../../scripts/embedded-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** A second, untouched database: the seed test needs one nobody else writes to. */
    seedDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-vitest-"));
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), database: "portal_test" });
  await db.pg.createDatabase("portal_seed");
  const seedUrl = db.url.replace("/portal_test?", "/portal_seed?");
  for (const url of [db.url, seedUrl]) {
    const migrate = spawnSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  project.provide("databaseUrl", db.url);
  project.provide("seedDatabaseUrl", seedUrl);
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
