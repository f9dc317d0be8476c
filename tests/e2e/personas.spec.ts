import { expect, test } from "@playwright/test";
import { authFile, latestLinkPath, signInByEmail, visit } from "./support";

const DASHBOARDS = [
  { persona: "memberA", heading: "Town of West Hartford", card: "Your purchase requests" },
  { persona: "memberB", heading: "Town of Union", card: "Membership and fees" },
  { persona: "vendorX", heading: "Nutmeg Network Solutions", card: "Incoming purchase requests" },
  { persona: "vendorY", heading: "Charter Oak Cloud Services", card: "Pilot issues waiting for you" },
  { persona: "staff", heading: "CRCOG IT Services Cooperative", card: "Member applications" },
];

for (const d of DASHBOARDS) {
  test.describe(`${d.persona} dashboard`, () => {
    test.use({ storageState: authFile(d.persona) });
    test("shows the role's dashboard and navigation", async ({ page }) => {
      await visit(page, "/dashboard");
      await expect(page.getByRole("heading", { level: 1, name: d.heading })).toBeVisible();
      await expect(page.getByRole("heading", { name: d.card })).toBeVisible();
      await expect(
        page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }),
      ).toBeVisible();
      const staffNav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organizations" });
      await expect(staffNav).toHaveCount(d.persona === "staff" ? 1 : 0);
      await visit(page, "/organization");
      await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
    });
  });
}

test.describe("staff pages", () => {
  test.use({ storageState: authFile("staff") });
  test("staff filter the organization directory and read the audit log", async ({ page }) => {
    await visit(page, "/staff/organizations");
    await page.getByLabel("Name").fill("Hartford");
    await page.getByLabel("Kind").selectOption("MUNICIPALITY");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/q=Hartford/);
    await expect(page.getByRole("cell", { name: "Town of West Hartford" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Town of Andover" })).toHaveCount(0);
    await visit(page, "/staff/audit");
    await expect(page.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();
  });
});

test.describe("a person in two organizations", () => {
  test.use({ storageState: authFile("multiOrg") });
  test("switches the organization they act for", async ({ page }) => {
    await visit(page, "/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Bolton Public Schools" })).toBeVisible();
    await page.getByLabel("Acting for").selectOption({ label: "Town of Bolton" });
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Town of Bolton" })).toBeVisible();
    await expectOrganizationPage(page, "Town of Bolton");
    await expect(page.getByRole("cell", { name: "IT lead" })).toBeVisible();
    await page.getByLabel("Acting for").selectOption({ label: "Bolton Public Schools" });
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bolton Public Schools" })).toBeVisible();
  });
});

async function expectOrganizationPage(page: import("@playwright/test").Page, name: string) {
  await visit(page, "/organization");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("sign-out ends the session on the server: the old cookie is rejected", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByEmail(page, "dpatel@crcog.org");
  const oldCookies = await context.cookies();
  expect(oldCookies.find((c) => c.name === "portal.session")?.httpOnly).toBe(true);
  expect(oldCookies.find((c) => c.name === "portal.session")?.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out")).toBeVisible();
  await visit(page, "/sign-in?signedOut=1");

  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const res = await replay.request.get("/dashboard", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/sign-in");
  const api = await replay.request.get("/api/me");
  expect(api.status()).toBe(401);
  await replay.close();
  await context.close();
});

test("a sign-in link works once", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByEmail(page, "privera@westhartfordct.gov");
  const used = await latestLinkPath("privera@westhartfordct.gov");
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(used);
  await p2.getByRole("button", { name: "Continue to the portal" }).click();
  await expect(p2.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  await expect(p2.getByText("expired or was already used")).toBeVisible();
  await context.close();
  await other.close();
});

test("the demo sign-in takes two clicks from the persona list", async ({ page }) => {
  await visit(page, "/sign-in");
  await page.getByRole("button", { name: /Sign in as June Nguyen/ }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.getByRole("button", { name: "Continue to the portal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Russell Library" })).toBeVisible();
  await visit(page, "/dev/mailbox");
  await expect(page.getByRole("heading", { name: /Your sign-in link/ }).first()).toBeVisible();
});

test("twenty sign-in requests for one email in a minute are throttled with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  for (let i = 0; i < 20; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Work email address").fill("throttle-check@westhartfordct.gov");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForLoadState("networkidle");
  }
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in requests" })).toBeVisible();
  await expect(page.getByLabel("Work email address")).toHaveValue("throttle-check@westhartfordct.gov");
  await expectAccessibleHere(page);
});

async function expectAccessibleHere(page: import("@playwright/test").Page) {
  const { expectAccessible } = await import("./support");
  await expectAccessible(page);
}

test("a bad email keeps what was typed and explains the problem", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter the email address you use at work")).toBeVisible();
  await expect(page.getByLabel("Work email address")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Work email address")).toHaveAttribute("aria-invalid", "true");
});
