// `npm test`: lint, type-check, Vitest (unit, integration, authorization matrix) and
// Playwright (production build in Chromium), then one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0 };
let ok = true;

function step(name: string, cmd: string, args: string[]) {
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    ok = false;
    console.log(`=== ${name} failed (exit ${r.status})`);
  }
  return r.status === 0;
}

function readJson(file: string) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.mkdirSync("test-results", { recursive: true });
step("prisma generate", "npx", ["--no-install", "prisma", "generate"]);
if (!step("format", "npx", ["--no-install", "prettier", "--check", "--log-level=warn", "."])) totals.failed++;
if (!step("lint", "npx", ["--no-install", "eslint", "."])) totals.failed++;
if (!step("type-check", "npx", ["--no-install", "tsc", "--noEmit"])) totals.failed++;

step("vitest", "npx", [
  "--no-install",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest.json",
]);
const vitest = readJson("test-results/vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed +=
    vitest.numFailedTests + (vitest.numFailedTestSuites && !vitest.numFailedTests ? vitest.numFailedTestSuites : 0);
} else totals.failed++;

if (!process.argv.includes("--no-e2e")) {
  step("playwright", "npx", ["--no-install", "playwright", "test"]);
  const pw = readJson("test-results/playwright.json");
  if (pw?.stats) {
    totals.passed += pw.stats.expected + (pw.stats.flaky ?? 0);
    totals.failed += pw.stats.unexpected;
  } else totals.failed++;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
