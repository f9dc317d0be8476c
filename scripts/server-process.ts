// Starting and stopping the production server (server/serve.ts) from the start command, the benchmarks and the
// end-to-end suite. By default it runs in its own process group, so stopping it stops its workers even if it dies first.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

/**
 * Starts `node server/serve.ts -p port` in production mode with `env`. `detached: false` keeps it in the caller's
 * process group, for a caller whose own group is killed at the end (Playwright's webServer).
 */
export function startServer(
  port: number | string,
  env: NodeJS.ProcessEnv,
  { stdio = "inherit", detached = true }: { stdio?: StdioOptions; detached?: boolean } = {},
): ChildProcess {
  return spawn(process.execPath, ["server/serve.ts", "-p", String(port)], {
    stdio,
    env: { ...env, NODE_ENV: "production" },
    detached,
  });
}

/** Stops a process started with `detached: true`, and everything in its group. */
export function stopServer(child: ChildProcess | null | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
