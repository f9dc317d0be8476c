// Shared end-to-end helpers: the suite's database, sign-in through the real magic link, axe on settled pages.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { e2ePorts, e2eStateFile } from "./ports.ts";

export const { demoPort, plainPort } = e2ePorts();
export const PLAIN_URL = `http://localhost:${plainPort}`;

/** Where a seeded persona's signed-in browser state is kept for this run (test-results is emptied at each start). */
export function authFile(persona: string) {
  // per port: suites on different ports have different databases, hence different sessions
  return path.resolve("test-results/.auth", String(demoPort), `${persona}.json`);
}

let pool: pg.Pool | null = null;
export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: JSON.parse(fs.readFileSync(e2eStateFile(), "utf8")).databaseUrl, max: 2 });
  return (await pool.query(sql, params)).rows as T[];
}

/** The newest sign-in link in the outbox for `email`, as a path. */
export async function latestLinkPath(email: string): Promise<string> {
  const rows = await query<{ text: string }>(
    `SELECT "text" FROM "EmailMessage" WHERE "to" = $1 AND "subject" LIKE 'Your sign-in link%' ORDER BY "createdAt" DESC LIMIT 1`,
    [email],
  );
  const url = rows[0]?.text.match(/https?:\/\/\S+/)?.[0];
  if (!url) throw new Error(`no sign-in email for ${email}`);
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** Signs in through the form and the emailed link, as a person would; `axe` also checks the confirmation page. */
export async function signInByEmail(page: Page, email: string, { axe = true } = {}) {
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await latestLinkPath(email));
  await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
  if (axe) await expectAccessible(page);
  await page.getByRole("button", { name: "Continue to the portal" }).click();
  await page.waitForURL(/\/dashboard/);
}

/** Waits for a settled page: the document fully loaded (streaming finished) and its <title> present. */
export async function settled(page: Page) {
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
}

/** axe, WCAG 2.1 A and AA, on a settled page: zero violations. */
export async function expectAccessible(page: Page) {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Go to a path and check it with axe. */
export async function visit(page: Page, pathname: string) {
  const response = await page.goto(pathname);
  await expectAccessible(page);
  return response;
}
