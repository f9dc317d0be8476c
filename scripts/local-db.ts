// The development database: DATABASE_URL when set, otherwise embedded PostgreSQL in .data/.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-db.ts";

export const EMBEDDED_PORT = 54329;

/** Returns { url, embedded, stop }; starts the embedded server when DATABASE_URL is unset. */
export async function ensureDatabase(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dir = path.resolve(".data/pg");
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const db = await startEmbeddedPostgres({ dir, port: Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT) });
  fs.writeFileSync(path.resolve(".data/database-url"), db.url);
  return { url: db.url, embedded: true, stop: db.stop };
}
