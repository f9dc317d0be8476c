// A person who acts for two organizations switches between them: the header names the organization acted for at once
// (no reload), in both directions, and the person stays on the page they were on when the new organization may open it.
import { expect, test, type Page } from "@playwright/test";
import { visit } from "./support";
import { addRole, createMembership, createOrganization, createPerson, signedIn } from "./world";

async function switchTo(page: Page, name: string) {
  await page.getByLabel("Acting for").selectOption({ label: name });
  await page.getByRole("button", { name: "Switch" }).click();
}

/** The header's switcher shows `name` as the organization acted for, and no other organization is selected. */
async function expectActingFor(page: Page, name: string) {
  const header = page.getByRole("banner");
  await expect(header.getByLabel("Acting for").locator("option:checked")).toHaveText(name);
}

test("the header and the page follow a switch at once, both ways, and the page is kept", async ({ browser }) => {
  const schools = await createOrganization("BOARD_OF_EDUCATION", "Bolton Public Schools");
  const town = await createOrganization("MUNICIPALITY", "Town of Bolton");
  await createMembership(schools, "ACTIVE");
  await createMembership(town, "ACTIVE");
  const chris = await createPerson(schools, "ADMIN", "Chris Dunn", "Technology Director");
  await addRole(chris, town, "IT_LEAD");
  const page = await signedIn(browser, chris);

  await visit(page, "/organization");
  await expect(page.getByRole("heading", { level: 1, name: schools.name })).toBeVisible();
  await expectActingFor(page, schools.name);
  // a mark on this document: a full reload would lose it
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  await switchTo(page, town.name);
  await expect(page.getByRole("heading", { level: 1, name: town.name })).toBeVisible();
  await expect(page).toHaveURL(/\/organization$/);
  await expectActingFor(page, town.name);

  await switchTo(page, schools.name);
  await expect(page.getByRole("heading", { level: 1, name: schools.name })).toBeVisible();
  await expect(page).toHaveURL(/\/organization$/);
  await expectActingFor(page, schools.name);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // a page of one organization's own records is not kept: the switch lands on the dashboard
  await visit(page, "/membership/receipts/none-of-the-town");
  await switchTo(page, town.name);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: town.name })).toBeVisible();
  await expectActingFor(page, town.name);
});
