import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { claimE2ePorts } from "./tests/e2e/ports.ts";

// Two free ports for this run (or E2E_PORT, refused when taken): the tests never reach a server they did not start.
const { demoPort, plainPort } = claimE2ePorts();
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${demoPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // the authorization matrix runs as the seeded personas its rows name; they sign in once, first
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "matrix", testMatch: /matrix\.spec\.ts/, dependencies: ["setup"] },
    // every other spec mints its own organizations and people, and does not wait for the matrix's sign-ins
    { name: "e2e", testMatch: /.*\.spec\.ts/, testIgnore: /matrix\.spec\.ts/ },
  ],
  webServer: {
    command: "node tests/e2e/server.ts",
    env: { E2E_PORT: String(demoPort), E2E_PORTS_CLAIMED: "1" },
    url: `http://localhost:${plainPort}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
