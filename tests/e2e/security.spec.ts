import { expect, test } from "@playwright/test";
import { authFile, PLAIN_URL, query } from "./support";

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
}

test("security headers are on pages and API responses", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/health", "/api/me"]) {
    const res = await request.get(path);
    expectSecurityHeaders(res.headers());
  }
});

test("each page gets a fresh CSP nonce", async ({ request }) => {
  const a = (await request.get("/")).headers()["content-security-policy"];
  const b = (await request.get("/")).headers()["content-security-policy"];
  expect(a).not.toBe(b);
});

// server/shared-cache.mjs: each worker keeps an anonymous catalog page for 30 s (docs/decisions/0005)
const catalogTwice = async (request: import("@playwright/test").APIRequestContext, path: string) => {
  const answers = [];
  for (let i = 0; i < 4; i++) answers.push(await request.get(path)); // 4: every worker is asked at least twice
  return answers.map((r) => ({
    status: r.status(),
    cache: r.headers()["x-shared-cache"],
    browser: r.headers()["cache-control"],
  }));
};

test("an anonymous catalog search is answered from the shared cache, never stored by the browser", async ({
  request,
}) => {
  const answers = await catalogTwice(request, `/contracts?q=shared-cache-${Date.now()}`);
  expect(answers.every((a) => a.status === 200 && a.browser.includes("no-store"))).toBe(true);
  expect(answers[0].cache).toBe("miss");
  expect(answers.some((a) => a.cache === "hit")).toBe(true);
});

test.describe("signed in", () => {
  test.use({ storageState: authFile("memberA") });
  test("a signed-in catalog page is never shared or served from the shared cache", async ({ request }) => {
    const answers = await catalogTwice(request, `/contracts?q=signed-in-${Date.now()}`);
    expect(answers.map((a) => a.cache)).toEqual([undefined, undefined, undefined, undefined]);
  });
  test("signed-in pages are not cached", async ({ request }) => {
    const res = await request.get("/dashboard");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toContain("no-store");
    expectSecurityHeaders(res.headers());
  });
});

// server/private-cache.mjs: a signed-in request list is reused for the same person until anything is written
test.describe("signed in as a vendor", () => {
  test.use({ storageState: authFile("vendorX") });
  test("the request inbox is reused for the same person until the database changes, and never shared", async ({
    request,
    playwright,
    baseURL,
  }) => {
    const path = `/vendor/requests?status=SUBMITTED&run=${Date.now()}`; // a page no earlier test has asked for
    const get = async (context: import("@playwright/test").APIRequestContext) => {
      const res = await context.get(path);
      return {
        status: res.status(),
        cache: res.headers()["x-private-cache"],
        browser: res.headers()["cache-control"],
        body: await res.text(),
      };
    };
    const first = await get(request);
    const again = await get(request);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(first.body).toContain("Nutmeg Network Solutions");
    expect(again).toMatchObject({ status: 200, cache: "hit", body: first.body });
    expect(again.browser).toContain("no-store");

    const vendorY = await playwright.request.newContext({ baseURL, storageState: authFile("vendorY") });
    const theirs = await get(vendorY);
    expect(theirs).toMatchObject({ status: 200, cache: "miss" });
    expect(theirs.body).not.toContain("Nutmeg Network Solutions");
    await vendorY.dispose();

    await query(`UPDATE "Organization" SET "updatedAt" = now() WHERE slug = 'nutmeg-network-solutions'`); // any write at all
    const afterWrite = await get(request);
    expect(afterWrite.cache).toBe("miss");
    expect(
      (await request.get(path, { headers: { "cache-control": "no-cache" } })).headers()["x-private-cache"],
    ).toBeUndefined();
  });
});

test("the anonymous are redirected to sign-in from pages and get 401 from APIs", async ({ request }) => {
  const page = await request.get("/dashboard", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toBe("/sign-in?callbackUrl=%2Fdashboard");
  const api = await request.get("/api/me");
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: "Please sign in to continue." });
});

test("x-middleware-subrequest and RSC requests reveal nothing protected", async ({ request }) => {
  const attempts: { path: string; headers: Record<string, string> }[] = [
    { path: "/dashboard", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
    {
      path: "/dashboard",
      headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    },
    { path: "/dashboard", headers: { RSC: "1" } },
    { path: "/dashboard?_rsc=abc123", headers: {} },
    { path: "/staff/organizations", headers: { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%5D" } },
    { path: "/api/me", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  ];
  for (const a of attempts) {
    const res = await request.get(a.path, { headers: a.headers, maxRedirects: 0 });
    const body = await res.text();
    expect([307, 401, 303], `${a.path} ${JSON.stringify(a.headers)}`).toContain(res.status());
    for (const secret of ["Welcome", "Town of Andover", "Acting for", '"organization"'])
      expect(body).not.toContain(secret);
  }
});

test("with demo mode off there is no mailbox page and no persona list", async ({ request }) => {
  const mailbox = await request.get(`${PLAIN_URL}/dev/mailbox`);
  expect(mailbox.status()).toBe(404);
  const signIn = await request.get(`${PLAIN_URL}/sign-in`);
  const html = await signIn.text();
  expect(signIn.status()).toBe(200);
  expect(html).toContain("Email me a sign-in link");
  expect(html).not.toContain("Sign in as");
  expect(html).not.toContain("Demo portal");
  const check = await request.get(`${PLAIN_URL}/sign-in/check-email?email=schen%40westhartfordct.gov`);
  expect(await check.text()).not.toContain("Continue to the portal");
});

test("next-auth's own email sign-in endpoint is closed (links come only from the rate-limited form)", async ({
  request,
}) => {
  const res = await request.post("/api/auth/signin/email", { form: { email: "schen@westhartfordct.gov" } });
  expect(res.status()).toBe(404);
});
