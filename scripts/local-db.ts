// The development database: DATABASE_URL when set, otherwise embedded PostgreSQL in .data/.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-db.ts";

export const EMBEDDED_PORT = 54329;

/** Whether nothing listens on `port` on the loopback address, where the embedded server listens. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

/**
 * Returns { url, embedded, stop }; starts the embedded server when DATABASE_URL is unset. Throws an Error whose
 * message says what to do when the embedded server cannot start (its port taken, its folder in use).
 */
export async function ensureDatabase(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT);
  if (!(await portIsFree(port)))
    throw new Error(
      `The portal's database cannot start: port ${port} is already in use, most likely by another \`npm start\` of ` +
        `this portal. Stop that one (Ctrl+C in its terminal), or run this one beside it on other ports: ` +
        `EMBEDDED_PG_PORT=${port + 1} PORT=3001 npm start`,
    );
  const dir = path.resolve(".data/pg");
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const db = await startEmbeddedPostgres({ dir, port }).catch((error: unknown) => {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The portal's database in ${dir} did not start (${cause}). If another \`npm start\` of this folder is ` +
        `running, stop it first; to start over with fresh demo data, stop the portal and delete ${dir}.`,
    );
  });
  fs.writeFileSync(path.resolve(".data/database-url"), db.url);
  return { url: db.url, embedded: true, stop: db.stop };
}
