// Ports and state file of the end-to-end servers; E2E_PORT lets two suites run side by side.
import path from "node:path";

export function e2ePorts() {
  const demoPort = Number(process.env.E2E_PORT ?? 3100);
  return { demoPort, plainPort: demoPort + 1 };
}

export function e2eStateFile() {
  return path.resolve(".data", `e2e-${e2ePorts().demoPort}.json`);
}
