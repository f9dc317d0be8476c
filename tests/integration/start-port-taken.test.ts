// A second `npm start` beside a running one says what is wrong and what to do, instead of dying with "undefined".
import { spawnSync } from "node:child_process";
import net from "node:net";
import { expect, it } from "vitest";
import { freePort } from "../../scripts/embedded-db.ts";

it("npm start refuses an embedded database port already in use with a sentence a person can act on", async () => {
  const port: number = await freePort();
  const taken = net.createServer().listen(port, "127.0.0.1");
  await new Promise((resolve) => taken.once("listening", resolve));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_PORT: String(port) };
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, ["scripts/start.ts"], { env, encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`port ${port} is already in use, most likely by another \`npm start\``);
    expect(r.stderr).toContain(`EMBEDDED_PG_PORT=${port + 1} PORT=3001 npm start`);
    expect(r.stderr).not.toContain("undefined");
  } finally {
    taken.close();
  }
});
