// The public catalog finds what people type (joined and hyphenated spellings, item codes, products on a price
// schedule) and says what to try when nothing matches; an expired contract reads "Expired", is out of the default
// list, and a member cannot start a request on it. Each test mints its own vendor, contract and member.
import { expect, test } from "@playwright/test";
import { query, visit } from "./support";
import { createContract, createMembership, createOrganization, createPerson, signedIn } from "./world";

async function catalogWorld() {
  const vendor = await createOrganization("VENDOR", "Nutmeg Network Solutions");
  const contract = await createContract(vendor, "Network infrastructure and Wi-Fi", [
    ["NET-SW24", "24-port PoE access switch, installed", "each", 1_850_00],
    ["NET-AP6", "Wi-Fi 6 access point, installed", "each", 540_00],
  ]);
  const town = await createOrganization("MUNICIPALITY", "Town of Bolton", { affiliations: ["CRCOG"] });
  await createMembership(town, "ACTIVE");
  const sam = await createPerson(town, "IT_LEAD", "Sam Chen");
  const catalog = (q: string, more = "") => `/contracts?vendor=${vendor.slug}&q=${encodeURIComponent(q)}${more}`;
  return { vendor, contract, sam, catalog };
}

test("wifi, WiFi and wi-fi find the Wi-Fi contract; AP6 shows the matched line, priced for members", async ({
  page,
  browser,
}) => {
  const w = await catalogWorld();
  const list = page.getByRole("list", { name: "Contracts" });
  for (const q of ["wifi", "WiFi", "wi-fi"]) {
    await visit(page, w.catalog(q));
    await expect(list.getByRole("link", { name: w.contract.title }), q).toBeVisible();
  }
  await visit(page, w.catalog("AP6"));
  const line = list.getByLabel("Matching price line");
  await expect(line).toContainText("NET-AP6");
  await expect(line).toContainText("Wi-Fi 6 access point, installed");
  await expect(line).not.toContainText("$540.00");
  await expect(line.getByRole("link", { name: "Sign in" })).toBeVisible();

  const member = await signedIn(browser, w.sam);
  await visit(member, w.catalog("access point"));
  await expect(member.getByLabel("Matching price line")).toContainText("$540.00 each (contract price to members)");
});

test("a search that finds nothing says what to try; one with nothing to search for says so", async ({ page }) => {
  const w = await catalogWorld();
  await visit(page, w.catalog("wifi zebra"));
  await expect(page.getByText("No contract matches “wifi zebra”")).toBeVisible();
  await page.getByRole("link", { name: "wifi", exact: true }).click();
  await expect(
    page.getByRole("list", { name: "Contracts" }).getByRole("link", { name: w.contract.title }),
  ).toBeVisible();
  await visit(page, w.catalog("!!!"));
  await expect(page.getByText("Your search has no letters or digits")).toBeVisible();
});

test("an expired contract reads Expired, is out of the default catalog, and refuses new requests", async ({
  page,
  browser,
}) => {
  const w = await catalogWorld();
  await query(`UPDATE "Contract" SET "termEnd" = CURRENT_DATE - 40 WHERE id = $1`, [w.contract.id]);
  await visit(page, `/contracts?vendor=${w.vendor.slug}`);
  await expect(page.getByText("0 contracts")).toBeVisible();
  await visit(page, `/contracts?vendor=${w.vendor.slug}&term=expired`);
  const entry = page.getByRole("listitem").filter({ hasText: w.contract.title });
  await expect(entry.getByText("Expired", { exact: true })).toBeVisible();

  const member = await signedIn(browser, w.sam);
  await visit(member, `/contracts/${w.contract.id}`);
  await expect(member.getByText(/This contract expired on/)).toBeVisible();
  await expect(member.getByRole("link", { name: "Request a purchase" })).toHaveCount(0);
  await visit(member, `/requests/new/${w.contract.id}`);
  await expect(member.getByText(/This contract expired: its term ended on/)).toBeVisible();
});
