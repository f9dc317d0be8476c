// Ports and state file of the end-to-end servers. The suite only ever talks to servers it started itself:
// without E2E_PORT it picks two free neighbouring ports; with E2E_PORT it refuses to start when either is taken.
import { spawnSync } from "node:child_process";
import path from "node:path";

// Exits 0 when every port given is free on every local address (wildcard and loopback), 1 otherwise.
const PROBE = `
import net from "node:net";
const tryListen = (port, host) => new Promise((resolve) => {
  const s = net.createServer();
  s.once("error", (e) => resolve(e.code !== "EADDRINUSE" && e.code !== "EACCES")); // no IPv6 here: not taken
  s.listen({ port, host, exclusive: true }, () => s.close(() => resolve(true)));
});
let free = true;
for (const port of process.argv.slice(1).map(Number))
  for (const host of [undefined, "127.0.0.1", "::1"]) free = free && (await tryListen(port, host));
process.exit(free ? 0 : 1);
`;

/** Whether `ports` are all free right now (checked in a child process, so it can run synchronously). */
export function portsAreFree(ports: number[]): boolean {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", PROBE, ...ports.map(String)]);
  return r.status === 0;
}

/**
 * The demo-mode server's port and, next to it, the port of the server with demo mode off: from E2E_PORT,
 * which `claimE2ePorts` sets for the whole run.
 */
export function e2ePorts(): { demoPort: number; plainPort: number } {
  const demoPort = Number(process.env.E2E_PORT ?? 3100);
  return { demoPort, plainPort: demoPort + 1 };
}

/**
 * Called once by the Playwright config in the main process (workers and the web server inherit the result):
 * sets E2E_PORT to two free neighbouring ports, or, when E2E_PORT was given, throws if either is taken.
 */
export function claimE2ePorts(): { demoPort: number; plainPort: number } {
  if (process.env.E2E_PORTS_CLAIMED === "1") return e2ePorts();
  if (process.env.E2E_PORT) {
    const { demoPort, plainPort } = e2ePorts();
    if (!portsAreFree([demoPort, plainPort]))
      throw new Error(
        `E2E_PORT=${demoPort}: port ${demoPort} or ${plainPort} is already in use by another server. ` +
          "The end-to-end suite only runs against servers it starts: stop that server, or unset E2E_PORT " +
          "to let the suite pick free ports.",
      );
  } else {
    let port = 0;
    for (let i = 0; i < 50 && !port; i++) {
      const candidate = 20_000 + Math.floor(Math.random() * 20_000);
      if (portsAreFree([candidate, candidate + 1])) port = candidate;
    }
    if (!port) throw new Error("no two free neighbouring ports found for the end-to-end servers");
    process.env.E2E_PORT = String(port);
  }
  process.env.E2E_PORTS_CLAIMED = "1";
  return e2ePorts();
}

export function e2eStateFile(): string {
  return path.resolve(".data", `e2e-${e2ePorts().demoPort}.json`);
}
