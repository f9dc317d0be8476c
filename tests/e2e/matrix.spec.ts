// Every page and route handler, as each of the six personas (rows: tests/matrix/routes.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ROUTE_MATRIX, type Expected } from "../matrix/routes";
import { PERSONAS, type Persona } from "../matrix/personas";
import { authFile, demoPort, query } from "./support";

async function check(request: APIRequestContext, persona: Persona, row: (typeof ROUTE_MATRIX)[number]) {
  const path = typeof row.path === "string" ? row.path : await row.path({ query });
  const res = await request.fetch(path, { method: row.method ?? "GET", maxRedirects: 0 });
  const expected: Expected = row.expect[persona];
  const location = res.headers()["location"] ?? "";
  const label = `${row.route} as ${persona}`;
  if (expected === "signin") {
    expect([303, 307], label).toContain(res.status());
    expect(location, label).toContain("/sign-in");
  } else if (typeof expected === "object") {
    expect([303, 307], label).toContain(res.status());
    expect(location, label).toContain(expected.redirect);
  } else {
    expect(res.status(), label).toBe(expected);
  }
  if (row.secret && expected !== 200) expect(await res.text(), label).not.toContain(row.secret);
}

for (const persona of PERSONAS) {
  test.describe(`matrix as ${persona}`, () => {
    if (persona !== "anonymous") test.use({ storageState: authFile(persona) });
    test(`every route behaves as its row says`, async ({ playwright }) => {
      const request = await playwright.request.newContext({
        baseURL: `http://localhost:${demoPort}`,
        storageState: persona === "anonymous" ? undefined : authFile(persona),
      });
      for (const row of ROUTE_MATRIX) await check(request, persona, row);
      await request.dispose();
    });
  });
}
