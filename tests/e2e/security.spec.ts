// Security headers, caching of signed-in pages, and what the anonymous and forged requests can reach. Signed-in
// tests mint their own organizations and people.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { PLAIN_URL } from "./support";
import {
  createContract,
  createMembership,
  createOrganization,
  createPerson,
  createRequest,
  signedIn,
  type Org,
} from "./world";

/** The HTTP client of a browser signed in as a new person of `org` (it carries that person's session cookie). */
async function clientOf(browser: Browser, org: Org): Promise<APIRequestContext> {
  return (await signedIn(browser, await createPerson(org, "ADMIN", "Robin Hale"))).context().request;
}

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

// next.config.ts: a CDN in front may keep an anonymous catalog page 30 s (CDN-Cache-Control); browsers never store it, and
// nothing signed in, and no RSC payload, is ever offered to a shared cache
const cachingOf = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) => {
  const res = await request.get(path, { headers });
  return { status: res.status(), cdn: res.headers()["cdn-cache-control"], browser: res.headers()["cache-control"] };
};

test("an anonymous catalog page may be kept by a CDN for 30 s, never by the browser", async ({ request }) => {
  for (const path of [`/contracts?q=shared-cache-${Date.now()}`, "/contracts"]) {
    const page = await cachingOf(request, path);
    expect(page, path).toMatchObject({ status: 200, cdn: "public, max-age=30" });
    expect(page.browser, path).toContain("no-store");
  }
});

test("an RSC payload, a prefetch or an action of the catalog is never offered to a shared cache", async ({
  request,
}) => {
  for (const headers of <Record<string, string>[]>[
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1" },
    { "x-middleware-prefetch": "1" },
    { "Next-Router-State-Tree": "%5B%22%22%5D" },
    { "Next-Action": "abc" },
  ])
    expect((await cachingOf(request, "/contracts", headers)).cdn, JSON.stringify(headers)).toBeUndefined();
  expect((await cachingOf(request, "/contracts?_rsc=abc")).cdn).toBeUndefined();
  expect((await cachingOf(request, "/contracts", { Authorization: "Bearer x" })).cdn).toBeUndefined();
});

test("a signed-in catalog page is never offered to a shared cache", async ({ browser }) => {
  const town = await createOrganization("MUNICIPALITY", "Town of West Hartford", { affiliations: ["CRCOG"] });
  const request = await clientOf(browser, town);
  const page = await cachingOf(request, `/contracts?q=signed-in-${Date.now()}`);
  expect(page).toMatchObject({ status: 200, cdn: undefined });
  expect(page.browser).toContain("no-store");
});

test("signed-in pages are not cached", async ({ browser }) => {
  const town = await createOrganization("MUNICIPALITY", "Town of West Hartford", { affiliations: ["CRCOG"] });
  await createMembership(town, "ACTIVE");
  const request = await clientOf(browser, town);
  const res = await request.get("/dashboard");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  expectSecurityHeaders(res.headers());
});

test("a vendor's request inbox is private, never shared, and shows a new request at once", async ({ browser }) => {
  const vendorX = await createOrganization("VENDOR", "Nutmeg Network Solutions");
  const vendorY = await createOrganization("VENDOR", "Charter Oak Cloud Services");
  const contract = await createContract(vendorX, "Network switching", [["SW", "Switch", "each", 1_000_00]]);
  const town = await createOrganization("MUNICIPALITY", "Town of Union");
  const request = await clientOf(browser, vendorX);
  const path = "/vendor/requests?status=SUBMITTED";
  const get = async (context: APIRequestContext) => {
    const res = await context.get(path);
    return { status: res.status(), headers: res.headers(), body: await res.text() };
  };
  const first = await get(request);
  expect(first.status).toBe(200);
  expect(first.headers["cache-control"]).toContain("private");
  expect(first.headers["cache-control"]).toContain("no-store");
  expect(first.headers["cdn-cache-control"]).toBeUndefined();
  expect(first.body).toContain(vendorX.name);
  expect(first.body).not.toContain(town.name);

  const theirs = await get(await clientOf(browser, vendorY));
  expect(theirs.status).toBe(200);
  expect(theirs.body).not.toContain(vendorX.name);

  await createRequest(await createPerson(town, "ADMIN", "Lee Brooks"), contract, { status: "SUBMITTED" });
  expect((await get(request)).body).toContain(town.name);
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

test("the public catalog answers text PostgreSQL cannot store, and says when a search was cut", async ({
  page,
  request,
}) => {
  for (const q of ["%00", "wi%00fi", "%01%1F%7F", "%C3%A9%00"])
    expect((await request.get(`/contracts?q=${q}`)).status(), q).toBe(200);
  await page.goto(`/contracts?q=${"network ".repeat(26)}`);
  await expect(page.getByRole("status")).toHaveText("Only the first 200 characters of your search were used.");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(/^(network ){24}network$/);
});
