// Join, approve, see the fee, pay offline, print the receipt: the membership path in Chromium.
import { expect, test } from "@playwright/test";
import { authFile, expectAccessible, query, signInByEmail, visit } from "./support";

const stamp = Date.now().toString(36);
const LIBRARY = `Pequot Library ${stamp}`;
const CONTACT = `director-${stamp}@pequot.example`;
const shot = (name: string) => `.data/screens/memberships-${name}.png`; // outside test-results, which each run clears

test.describe.configure({ mode: "serial" });

test("the public application keeps what was typed when validation fails, then goes through", async ({ page }) => {
  await visit(page, "/");
  await page.getByRole("link", { name: "Apply to join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Join the cooperative" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kind of entity").selectOption("LIBRARY");
  await page.getByLabel("Legal name").fill(LIBRARY);
  await page.getByLabel(/Connecticut Council of Small Towns/).check();
  await page.getByLabel("Town", { exact: true }).fill("Southport");
  await page.getByLabel("Mailing address").fill("720 Pequot Avenue, Southport, CT 06890");
  await page.getByLabel("Name", { exact: true }).fill("Avery Stone");
  await page.getByLabel("Work email address").fill("not-an-email");
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

  // the same entity again is caught with a clear message
  await page.goto("/join");
  await page.getByLabel("Kind of entity").selectOption("LIBRARY");
  await page.getByLabel("Legal name").fill("Russell Library");
  await page.getByLabel("Town", { exact: true }).fill("Middletown");
  await page.getByLabel("Mailing address").fill("123 Broad Street, Middletown, CT 06457");
  await page.getByLabel("Name", { exact: true }).fill("Someone Else");
  await page.getByLabel("Work email address").fill(`other-${stamp}@example.test`);
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Russell Library is already a member" })).toBeVisible();
  await expect(page.getByLabel("Legal name")).toHaveValue("Russell Library");
});

test.describe("staff", () => {
  test.use({ storageState: authFile("staff") });
  test("staff approve the application; the frozen fee is the schedule's library fee", async ({ page }) => {
    await visit(page, "/staff/applications");
    await page.getByRole("link", { name: LIBRARY }).click();
    await expect(page.getByRole("heading", { level: 1, name: LIBRARY })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Approve application" }).click();
    await expect(page.getByText("Verified affiliations: none (independent).")).toBeVisible();
    await page.screenshot({ path: shot("2-approved"), fullPage: true });
    const [m] = await query<{ feeDueCents: number; status: string }>(
      `SELECT m."feeDueCents", m.status FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE o.name = $1`,
      [LIBRARY],
    );
    expect(m).toEqual({ feeDueCents: 150_00, status: "PENDING_PAYMENT" });
    await visit(page, "/staff/fee-schedules");
    await expect(page.getByLabel("Library").first()).toHaveValue("150.00");
  });
});

test("the new admin signs in, sees the fee and why purchases are paused", async ({ page }) => {
  await signInByEmail(page, CONTACT);
  await expect(page.getByRole("heading", { level: 1, name: LIBRARY })).toBeVisible();
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

test.describe("staff record the check", () => {
  test.use({ storageState: authFile("staff") });
  test("staff find the member, record a check, and the receipt prints", async ({ page }) => {
    await visit(page, "/staff/organizations?kind=LIBRARY&fee=due");
    await page
      .getByRole("row", { name: new RegExp(LIBRARY) })
      .getByRole("link", { name: "Pending payment" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(LIBRARY) })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Check, ACH trace or PO number").fill(`Check ${stamp}`);
    await page.getByRole("button", { name: "Record payment" }).click();
    await expect(page.getByText(/Payment recorded as receipt R-\d{6}/)).toBeVisible();
    await page.screenshot({ path: shot("4-staff-recorded"), fullPage: true });
    await visit(page, "/staff/payments");
    await expect(page.getByRole("cell", { name: `Check ${stamp}` })).toBeVisible();
  });
});

test("the member's receipt page, from the database", async ({ page }) => {
  await signInByEmail(page, CONTACT);
  await visit(page, "/membership");
  await expect(page.getByText("Your organization can request purchases")).toBeVisible();
  await page.getByRole("link", { name: /^R-\d{6}$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Receipt R-\d{6}/ })).toBeVisible();
  const receipt = page.getByRole("article", { name: /Receipt R-/ });
  await expect(receipt.getByText(LIBRARY)).toBeVisible();
  await expect(receipt.getByText("$150.00")).toBeVisible();
  await expect(receipt.getByText(`Check ${stamp}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Print receipt" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: shot("5-receipt"), fullPage: true });
});

test.describe("Russell Library (seeded, unpaid)", () => {
  test("the demo member sees the block and its reason", async ({ page }) => {
    await signInByEmail(page, "jnguyen@russelllibrary.org");
    await visit(page, "/dashboard");
    await expect(page.getByText(/FY2027 membership fee of \$150\.00 has not been paid/).first()).toBeVisible();
    await page.screenshot({ path: shot("6-russell-dashboard"), fullPage: true });
  });
});

test.describe("staff dashboard", () => {
  test.use({ storageState: authFile("staff") });
  test("shows the application queue and payment totals", async ({ page }) => {
    await visit(page, "/dashboard");
    await expect(page.getByRole("heading", { name: "Membership payments" })).toBeVisible();
    await expect(page.getByText(/waiting for review/)).toBeVisible();
    await page.screenshot({ path: shot("7-staff-dashboard"), fullPage: true });
  });
});
