// Each role's dashboard and navigation, switching organizations, and the sign-in flow's edges. Each test mints its
// own organizations and people; only the demo persona list (a fixed list of seeded people) uses the seed.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, latestLinkPath, visit } from "./support";
import { addRole, createMembership, createOrganization, createPerson, signedIn, tag } from "./world";

const DASHBOARDS = [
  { role: "member (CRCOG town)", kind: "MUNICIPALITY", name: "Town of West Hartford", card: "Your purchase requests" },
  { role: "member (independent town)", kind: "MUNICIPALITY", name: "Town of Union", card: "Membership and fees" },
  { role: "vendor", kind: "VENDOR", name: "Nutmeg Network Solutions", card: "Incoming purchase requests" },
  { role: "another vendor", kind: "VENDOR", name: "Charter Oak Cloud Services", card: "Pilot issues waiting for you" },
  { role: "staff", kind: "COOPERATIVE", name: "Cooperative", card: "Member applications" },
] as const;

for (const d of DASHBOARDS) {
  test(`${d.role}: shows the role's dashboard and navigation`, async ({ browser }) => {
    const org = await createOrganization(d.kind, d.name, { affiliations: d.role.includes("CRCOG") ? ["CRCOG"] : [] });
    if (d.kind === "MUNICIPALITY") await createMembership(org, "ACTIVE");
    const page = await signedIn(browser, await createPerson(org, "ADMIN", "Robin Hale"));
    await visit(page, "/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
    await expect(page.getByRole("heading", { name: d.card })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
    const staffNav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organizations" });
    await expect(staffNav).toHaveCount(d.kind === "COOPERATIVE" ? 1 : 0);
    await visit(page, "/organization");
    await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  });
}

test("staff filter the organization directory and read the audit log", async ({ browser }) => {
  const town = await createOrganization("MUNICIPALITY", "Town of West Hartford");
  const other = await createOrganization("MUNICIPALITY", "Town of Andover");
  const vendor = await createOrganization("VENDOR", "West Hartford Networks");
  const coop = await createOrganization("COOPERATIVE", "Cooperative");
  const page = await signedIn(browser, await createPerson(coop, "ADMIN", "Maria Alvarez"));
  await visit(page, "/staff/organizations");
  await page.getByLabel("Name").fill("Hartford");
  await page.getByLabel("Kind").selectOption("MUNICIPALITY");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=Hartford/);
  await expect(page.getByRole("cell", { name: town.name })).toBeVisible();
  await expect(page.getByRole("cell", { name: other.name })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: vendor.name })).toHaveCount(0);
  await visit(page, "/staff/audit");
  await expect(page.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();
});

test("a person in two organizations switches the organization they act for", async ({ browser }) => {
  const schools = await createOrganization("BOARD_OF_EDUCATION", "Bolton Public Schools");
  const town = await createOrganization("MUNICIPALITY", "Town of Bolton");
  const person = await createPerson(schools, "ADMIN", "Casey Morgan", "Technology Director");
  await addRole(person, town, "IT_LEAD");
  const page = await signedIn(browser, person);
  await visit(page, "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: schools.name })).toBeVisible();
  await page.getByLabel("Acting for").selectOption({ label: town.name });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: town.name })).toBeVisible();
  await expectOrganizationPage(page, town.name);
  await expect(page.getByRole("cell", { name: "IT lead" })).toBeVisible();
  await page.getByLabel("Acting for").selectOption({ label: schools.name });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: schools.name })).toBeVisible();
});

async function expectOrganizationPage(page: Page, name: string) {
  await visit(page, "/organization");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("sign-out ends the session on the server: the old cookie is rejected", async ({ browser }) => {
  const coop = await createOrganization("COOPERATIVE", "Cooperative");
  const page = await signedIn(browser, await createPerson(coop, "STAFF", "Dev Patel"));
  const context = page.context();
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
  const town = await createOrganization("MUNICIPALITY", "Town of West Hartford");
  const person = await createPerson(town, "PURCHASING", "Pat Rivera");
  const page = await signedIn(browser, person);
  const used = await latestLinkPath(person.email);
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(used);
  await p2.getByRole("button", { name: "Continue to the portal" }).click();
  await expect(p2.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  await expect(p2.getByText("expired or was already used")).toBeVisible();
  await page.context().close();
  await other.close();
});

// The persona list is the demo's fixed list of seeded people (lib/demo-personas.ts): this test uses the seed.
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
  const email = `throttle-${tag()}@e2e.example`;
  for (let i = 0; i < 20; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Work email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForLoadState("networkidle");
  }
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in requests" })).toBeVisible();
  await expect(page.getByLabel("Work email address")).toHaveValue(email);
  await expectAccessible(page);
});

test("a bad email keeps what was typed and explains the problem", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter the email address you use at work")).toBeVisible();
  await expect(page.getByLabel("Work email address")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Work email address")).toHaveAttribute("aria-invalid", "true");
});
