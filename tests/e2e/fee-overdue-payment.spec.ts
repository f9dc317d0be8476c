// A fee past its due day reads as overdue (not "Pending payment") to the member and to staff, and an offline payment
// that is not the amount due is recorded only once staff confirm it. Screens at desktop width and at 390 px.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fiscalYearOf } from "../../lib/format";
import { expectAccessible, query, visit } from "./support";
import { createOrganization, createPerson, signedIn, type Org } from "./world";

const shot = (name: string) => `.data/screens/fees-${name}.png`; // outside test-results, which each run clears
const PHONE = { width: 390, height: 844 };

/** This fiscal year's unpaid $150.00 fee of `org`, due eleven days ago (a calendar date). Returns its id. */
async function overdueFee(org: Org): Promise<string> {
  const id = `e2e${crypto.randomBytes(10).toString("hex")}`;
  await query(
    `INSERT INTO "Membership" (id, "organizationId", "fiscalYear", status, "feeDueCents", "feeBasis", "isRenewal",
       "dueAt", "graceEndsAt", "paidAt", "updatedAt")
     VALUES ($1, $2, $3, 'PENDING_PAYMENT', 15000, '{}', false, current_date - 11, current_date + 19, NULL, now())`,
    [id, org.id, fiscalYearOf(new Date())],
  );
  return id;
}

/** Both screens of the page as it is now: desktop, then a phone's width. */
async function screens(page: Page, name: string) {
  await page.screenshot({ path: shot(`${name}-desktop`), fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: shot(`${name}-390`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

test("an unpaid fee past its due day reads overdue on the member's pages and the staff's", async ({ browser }) => {
  const library = await createOrganization("LIBRARY", "June Memorial Library");
  const membershipId = await overdueFee(library);
  const page = await signedIn(browser, await createPerson(library, "ADMIN", "June Park"));

  await visit(page, "/membership");
  await expect(page.getByText(/^! ?Overdue since \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(page.getByText("Pending payment")).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "The fee is overdue" })).toBeVisible();
  await screens(page, "1-member-overdue");
  await visit(page, "/dashboard");
  await expect(page.getByText(/Overdue since/).first()).toBeVisible();
  await expect(page.getByText(/\$150\.00 was due/)).toBeVisible();

  const staff = await signedIn(
    browser,
    await createPerson(await createOrganization("COOPERATIVE", "Cooperative"), "ADMIN", "Maria Alvarez"),
  );
  await visit(staff, `/staff/memberships/${membershipId}`);
  await expect(staff.getByText(/Overdue since/).first()).toBeVisible();
  await visit(staff, `/staff/organizations?fee=due&q=${encodeURIComponent(library.name)}`);
  await expect(
    staff.getByRole("row", { name: new RegExp(library.name) }).getByRole("link", { name: /Overdue since/ }),
  ).toBeVisible();
  await expect(staff.getByRole("row", { name: new RegExp(library.name) }).getByText("$150.00 overdue")).toBeVisible();
});

test("a payment that is not the amount due asks for confirmation, keeps what was typed, then records", async ({
  browser,
}) => {
  const library = await createOrganization("LIBRARY", "June Memorial Library");
  const membershipId = await overdueFee(library);
  const staff = await signedIn(
    browser,
    await createPerson(await createOrganization("COOPERATIVE", "Cooperative"), "ADMIN", "Maria Alvarez"),
  );
  await visit(staff, `/staff/memberships/${membershipId}`);
  await staff.getByLabel("Amount received (USD)").fill("1500.00");
  await staff.getByLabel("Check, ACH trace or PO number").fill("Check 4417");
  await staff.getByRole("button", { name: "Record payment" }).click();

  const confirm = staff.getByLabel("Record $1,500.00 although $150.00 is due.");
  await expect(confirm).toBeVisible();
  await expect(confirm).not.toBeChecked();
  await expect(staff.getByText("The amount received is not the amount due.")).toBeVisible();
  await expect(staff.getByLabel("Amount received (USD)")).toHaveValue("1500.00");
  await expect(staff.getByLabel("Check, ACH trace or PO number")).toHaveValue("Check 4417");
  expect(await query(`SELECT id FROM "MembershipPayment" WHERE "membershipId" = $1`, [membershipId])).toHaveLength(0);
  await expectAccessible(staff);
  await screens(staff, "2-payment-confirm");

  await confirm.check();
  await staff.getByRole("button", { name: "Record payment" }).click();
  await expect(staff.getByText(/Payment recorded as receipt R-\d{6}/)).toBeVisible();
  const rows = await query<{ amountCents: number }>(
    `SELECT "amountCents" FROM "MembershipPayment" WHERE "membershipId" = $1`,
    [membershipId],
  );
  expect(rows.map((r) => r.amountCents)).toEqual([1500_00]);
});
