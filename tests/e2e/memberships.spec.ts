// Join, approve, see the fee, pay offline, print the receipt: the membership path in Chromium. Each test mints its own
// organizations and people, so any one of them runs alone.
import { expect, test, type Page } from "@playwright/test";
import { fiscalYearOf } from "../../lib/format";
import { expectAccessible, query, visit } from "./support";
import { createMembership, createOrganization, createPerson, signedIn, tag, type Org } from "./world";

const shot = (name: string) => `.data/screens/memberships-${name}.png`; // outside test-results, which each run clears

/** Fills the public application form for a library (an independent one unless `cost`), without sending it. */
async function fillApplication(page: Page, legalName: string, email: string, cost = false) {
  await page.getByLabel("Kind of entity").selectOption("LIBRARY");
  await page.getByLabel("Legal name").fill(legalName);
  if (cost) await page.getByLabel(/Connecticut Council of Small Towns/).check();
  await page.getByLabel("Town", { exact: true }).fill("Southport");
  await page.getByLabel("Mailing address").fill("720 Pequot Avenue, Southport, CT 06890");
  await page.getByLabel("Name", { exact: true }).fill("Avery Stone");
  await page.getByLabel("Work email address").fill(email);
}

/** Sends an application through the public form; returns the library's name. */
async function applyToJoin(page: Page) {
  const name = `Pequot Library ${tag()}`;
  await page.goto("/join");
  await fillApplication(page, name, `director-${tag()}@pequot.example`);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
  return name;
}

/** A library that was approved and owes its first fee ($150.00), with its administrator. */
async function approvedLibrary(): Promise<{ library: Org; admin: Awaited<ReturnType<typeof createPerson>> }> {
  const library = await createOrganization("LIBRARY", "Pequot Library");
  await createMembership(library, "PENDING_PAYMENT", 150_00);
  return { library, admin: await createPerson(library, "ADMIN", "Avery Stone") };
}

const staffMember = async () =>
  createPerson(await createOrganization("COOPERATIVE", "Cooperative"), "ADMIN", "Maria Alvarez");

test("the public application keeps what was typed when validation fails, then goes through", async ({ page }) => {
  const LIBRARY = `Pequot Library ${tag()}`;
  const CONTACT = `director-${tag()}@pequot.example`;
  await visit(page, "/");
  await page.getByRole("link", { name: "Apply to join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Join the cooperative" })).toBeVisible();
  await expectAccessible(page);
  await fillApplication(page, LIBRARY, "not-an-email", true);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByText("Enter the primary contact's work email address.")).toBeVisible();
  await expect(page.getByLabel("Work email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Legal name")).toHaveValue(LIBRARY);
  await expect(page.getByLabel("Kind of entity")).toHaveValue("LIBRARY");
  await expect(page.getByLabel("Mailing address")).toHaveValue("720 Pequot Avenue, Southport, CT 06890");
  await expect(page.getByLabel(/Connecticut Council of Small Towns/)).toBeChecked();
  await page.getByLabel(/Connecticut Council of Small Towns/).uncheck(); // it is an independent library after all
  await expectAccessible(page);
  await page.screenshot({ path: shot("1-application-error"), fullPage: true });

  await page.getByLabel("Work email address").fill(CONTACT);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
  await expectAccessible(page);
  const mail = await query(`SELECT 1 FROM "EmailMessage" WHERE "to" = $1 AND subject LIKE 'We received%'`, [CONTACT]);
  expect(mail).toHaveLength(1);
});

test("an application for an entity that is already a member is caught with a clear message", async ({ page }) => {
  const member = await createOrganization("LIBRARY", "Russell Library");
  await page.goto("/join");
  await fillApplication(page, member.name, `other-${tag()}@example.test`);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${member.name} is already a member` })).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue(member.name);
});

test("staff approve an application; the frozen fee is the schedule's library fee", async ({ browser, page }) => {
  const LIBRARY = await applyToJoin(page);
  const staff = await signedIn(browser, await staffMember());
  await visit(staff, "/staff/applications");
  await staff.getByRole("link", { name: LIBRARY }).click();
  await expect(staff.getByRole("heading", { level: 1, name: LIBRARY })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Approve application" }).click();
  await expect(staff.getByText("Verified affiliations: none (independent).")).toBeVisible();
  await staff.screenshot({ path: shot("2-approved"), fullPage: true });
  const [m] = await query<{ feeDueCents: number; status: string }>(
    `SELECT m."feeDueCents", m.status FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE o.name = $1`,
    [LIBRARY],
  );
  expect(m).toEqual({ feeDueCents: 150_00, status: "PENDING_PAYMENT" });
  await visit(staff, "/staff/fee-schedules");
  await expect(staff.getByLabel("Library").first()).toHaveValue("150.00");
});

test("the new admin signs in, sees the fee and why purchases are paused", async ({ browser }) => {
  const { library, admin } = await approvedLibrary();
  const page = await signedIn(browser, admin);
  await expect(page.getByRole("heading", { level: 1, name: library.name })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Membership" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Membership and fees" })).toBeVisible();
  await expect(page.getByText("$150.00").first()).toBeVisible();
  await expect(page.getByText("Purchase requests are paused")).toBeVisible();
  await expect(page.getByText("Online payment is not configured")).toBeVisible();
  await expect(page.getByText(/payable to/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: shot("3-fee-page"), fullPage: true });
});

test("staff find the member and record a check; the member's receipt prints from the database", async ({ browser }) => {
  const { library, admin } = await approvedLibrary();
  const check = `Check ${tag()}`;
  const staff = await signedIn(browser, await staffMember());
  await visit(staff, `/staff/organizations?kind=LIBRARY&fee=due&q=${encodeURIComponent(library.name)}`);
  await staff
    .getByRole("row", { name: new RegExp(library.name) })
    .getByRole("link", { name: "Pending payment" })
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: new RegExp(library.name) })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByLabel("Check, ACH trace or PO number").fill(check);
  await staff.getByRole("button", { name: "Record payment" }).click();
  await expect(staff.getByText(/Payment recorded as receipt R-\d{6}/)).toBeVisible();
  await staff.screenshot({ path: shot("4-staff-recorded"), fullPage: true });
  await visit(staff, "/staff/payments");
  await expect(staff.getByRole("cell", { name: check })).toBeVisible();

  // the member's receipt page
  const page = await signedIn(browser, admin);
  await visit(page, "/membership");
  await expect(page.getByText("Your organization can request purchases")).toBeVisible();
  await page.getByRole("link", { name: /^R-\d{6}$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Receipt R-\d{6}/ })).toBeVisible();
  const receipt = page.getByRole("article", { name: /Receipt R-/ });
  await expect(receipt.getByText(library.name)).toBeVisible();
  await expect(receipt.getByText("$150.00")).toBeVisible();
  await expect(receipt.getByText(check)).toBeVisible();
  await expect(page.getByRole("button", { name: "Print receipt" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: shot("5-receipt"), fullPage: true });
});

test("a member whose fee is unpaid sees the block and its reason", async ({ browser }) => {
  const { admin } = await approvedLibrary();
  const page = await signedIn(browser, admin);
  await visit(page, "/dashboard");
  const fy = fiscalYearOf(new Date());
  await expect(page.getByText(`FY${fy} membership fee of $150.00 has not been paid`).first()).toBeVisible();
  await page.screenshot({ path: shot("6-unpaid-dashboard"), fullPage: true });
});

test("the staff dashboard shows the application queue and payment totals", async ({ browser, page }) => {
  await applyToJoin(page);
  const staff = await signedIn(browser, await staffMember());
  await visit(staff, "/dashboard");
  await expect(staff.getByRole("heading", { name: "Membership payments" })).toBeVisible();
  await expect(staff.getByText(/waiting for review/)).toBeVisible();
  await staff.screenshot({ path: shot("7-staff-dashboard"), fullPage: true });
});
