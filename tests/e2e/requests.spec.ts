// A piggyback purchase request from start to finish: a town's buyer builds it above the town's approval threshold,
// the purchasing officer approves, the vendor acknowledges, asks and the town answers, the vendor accepts and fulfils,
// the town rates. The outbox is checked at each step; axe on every page. Each test mints its own towns, vendor,
// contract and people.
import { expect, test, type Page } from "@playwright/test";
import { query, visit } from "./support";
import {
  createApprovalPolicy,
  createContract,
  createMembership,
  createOrganization,
  createPerson,
  createRequest,
  signedIn,
  tag,
} from "./world";

/** A CRCOG town whose requests above $5,000 need its purchasing officer; a vendor with a contract of two lines. */
async function requestWorld() {
  const town = await createOrganization("MUNICIPALITY", "Town of West Hartford", { affiliations: ["CRCOG"] });
  await createMembership(town, "ACTIVE");
  await createApprovalPolicy(town, 5_000_00, "PURCHASING");
  const vendor = await createOrganization("VENDOR", "Nutmeg Network Solutions");
  const contract = await createContract(vendor, "Network switching and support", [
    ["NET-SW24", "24-port PoE access switch, installed", "each", 1_850_00],
    ["NET-SUP", "Network support", "per site per month", 180_00],
  ]);
  return {
    town,
    vendor,
    contract,
    sam: await createPerson(town, "IT_LEAD", "Sam Chen", "IT Manager"),
    pat: await createPerson(town, "PURCHASING", "Pat Rivera", "Purchasing Agent"),
    alex: await createPerson(vendor, "ADMIN", "Alex Kim"),
  };
}

/** The outbox holds an email to `to` about this request whose subject contains `headline`. */
async function expectEmail(to: string, label: string, headline: string) {
  await expect
    .poll(
      async () =>
        (
          await query<{ n: number }>(`SELECT count(*)::int AS n FROM "EmailMessage" WHERE "to" = $1 AND subject = $2`, [
            to,
            `${label} ${headline}`,
          ])
        )[0].n,
    )
    .toBe(1);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/requests-${name}.png`, fullPage: true });
}

test("a request goes from the town through approval to the vendor, is answered, fulfilled and rated", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const w = await requestWorld();
  const [SAM, PAT, ALEX, PO] = [w.sam.email, w.pat.email, w.alex.email, `WH-${tag()}`];
  const contractId = w.contract.id;
  // another town already buys on the contract: one request waiting in the vendor's inbox, one fulfilled and rated
  const townB = await createOrganization("MUNICIPALITY", "Town of Union");
  await createMembership(townB, "ACTIVE");
  const lee = await createPerson(townB, "ADMIN", "Lee Brooks");
  await createRequest(lee, w.contract, { status: "SUBMITTED", quantity: 2 });
  await createRequest(lee, w.contract, { status: "FULFILLED", quantity: 1, rating: 4 });

  // the buyer (IT lead) builds a request from the contract page, above the $5,000 threshold
  const sam = await signedIn(browser, w.sam);
  await visit(sam, `/contracts/${contractId}`);
  await expect(sam.getByRole("heading", { name: "Ratings from member towns" })).toBeVisible();
  await sam.getByRole("link", { name: "Request a purchase" }).click();
  await expect(sam.getByRole("heading", { name: "Build a purchase request" })).toBeVisible();
  await visit(sam, sam.url());
  await sam.getByLabel("Quantity of 24-port PoE access switch, installed").fill("3");
  await sam.getByLabel("Quantity of Network support").fill("12");
  await sam.getByLabel("Your purchase order number (optional)").fill(PO);
  await expect(sam.getByText("$7,710.00", { exact: true })).toBeVisible();
  await shot(sam, "build");
  await sam.getByRole("button", { name: "Submit request" }).click();
  await expect(sam.getByRole("heading", { name: /Purchase request PR-\d+/ })).toBeVisible();
  const label = (await sam.getByRole("heading", { name: /Purchase request PR-\d+/ }).textContent())!
    .replace("Purchase request ", "")
    .trim();
  const requestPath = new URL(sam.url()).pathname;
  await expect(sam.getByText("Waiting for approval").first()).toBeVisible();
  await visit(sam, requestPath);
  await expectEmail(PAT, label, "needs your approval");
  expect(
    (
      await query<{ total: number }>(`SELECT "totalCents" AS total FROM "PurchaseRequest" WHERE "poNumber" = $1`, [PO])
    )[0].total,
  ).toBe(771_000);

  // the purchasing officer approves; the vendor hears of it
  const pat = await signedIn(browser, w.pat);
  await visit(pat, requestPath);
  await pat.getByRole("button", { name: "Approve as purchasing officer" }).click();
  await expect(pat.getByText("Submitted to vendor").first()).toBeVisible();
  await expectEmail(ALEX, label, "new purchase request");
  await expectEmail(SAM, label, "sent to the vendor");

  // the vendor finds it in the inbox, acknowledges it and asks a question
  const alex = await signedIn(browser, w.alex);
  await visit(alex, "/vendor/requests");
  await shot(alex, "inbox");
  // a town's name narrows the inbox to that town's requests
  await expect(alex.getByRole("cell", { name: townB.name }).first()).toBeVisible();
  await alex
    .getByRole("link", { name: `${w.town.name}: show only its requests` })
    .first()
    .click();
  await expect(alex.getByText(/Only the requests of/)).toContainText(`Only the requests of ${w.town.name}.`);
  await visit(alex, new URL(alex.url()).pathname + new URL(alex.url()).search);
  await expect(alex.getByRole("cell", { name: townB.name })).toHaveCount(0);
  await shot(alex, "inbox-one-town");
  await alex.getByRole("link", { name: label }).click();
  await expect(alex.getByRole("heading", { name: `Purchase request ${label}` })).toBeVisible();
  await visit(alex, requestPath);
  // a move by the wrong role is not offered to the vendor
  await expect(alex.getByRole("button", { name: "Mark fulfilled" })).toHaveCount(0);
  await alex.getByRole("button", { name: "Acknowledge", exact: true }).click();
  await expect(alex.getByText("Acknowledged").first()).toBeVisible();
  await expectEmail(SAM, label, "acknowledged by the vendor");
  await alex.getByLabel("Write a message").fill("Which building should the switches go to?");
  await alex.getByRole("button", { name: "Send message" }).click();
  await expect(alex.getByText("Which building should the switches go to?")).toBeVisible();
  await expectEmail(SAM, label, `new message from ${w.vendor.name}`);
  await expectEmail(PAT, label, `new message from ${w.vendor.name}`);

  // the town answers
  await sam.reload();
  await expect(sam.getByText("Which building should the switches go to?")).toBeVisible();
  await sam.getByLabel("Write a message").fill("Town hall, 50 South Main Street; ask for facilities.");
  await sam.getByRole("button", { name: "Send message" }).click();
  await expect(sam.getByText("Town hall, 50 South Main Street; ask for facilities.")).toBeVisible();
  await expectEmail(ALEX, label, `new message from ${w.town.name}`);

  // the vendor accepts and fulfils
  await alex.reload();
  await alex.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(alex.getByText("Accepted").first()).toBeVisible();
  await expectEmail(SAM, label, "accepted by the vendor");
  await alex.getByRole("button", { name: "Mark fulfilled" }).click();
  await expect(alex.getByText("Fulfilled").first()).toBeVisible();
  await expectEmail(SAM, label, "fulfilled: please rate the vendor");

  // the town rates the vendor; the contract page shows the averages
  await visit(sam, requestPath);
  await sam.getByLabel("Quality of the product or work").selectOption("5");
  await sam.getByLabel("Timeliness").selectOption("4");
  await sam.getByLabel("Support and communication").selectOption("5");
  await sam.getByLabel("Value for the price").selectOption("3");
  await sam.getByLabel("Comment (optional)").fill("Quick and tidy installation.");
  await sam.getByRole("button", { name: "Rate the vendor" }).click();
  await expect(sam.getByText("Quality 5/5, timeliness 4/5, support 5/5, value 3/5.")).toBeVisible();
  await expectEmail(ALEX, label, "rated by the town");
  await visit(sam, requestPath);
  await shot(sam, "detail");
  await visit(sam, `${requestPath}/print`);
  await shot(sam, "print");
  await visit(sam, `/contracts/${contractId}`);
  await expect(sam.getByText(/Average of 2 ratings/)).toBeVisible();
  await visit(sam, "/requests");
  await shot(sam, "member-list");
  await visit(sam, "/dashboard");

  // the history shows every move and who made it
  const history = await query<{ action: string }>(
    `SELECT e.action FROM "PurchaseRequestEvent" e JOIN "PurchaseRequest" r ON r.id = e."requestId" WHERE r."poNumber" = $1 ORDER BY e.at`,
    [PO],
  );
  expect(history.map((h) => h.action)).toEqual([
    "create",
    "submit",
    "approve",
    "acknowledge",
    "accept",
    "fulfil",
    "rate",
  ]);

  // staff see it among all requests; another town and another vendor get 404
  const staff = await signedIn(
    browser,
    await createPerson(await createOrganization("COOPERATIVE", "Cooperative"), "ADMIN", "Maria Alvarez"),
  );
  await visit(staff, "/staff/requests");
  await shot(staff, "staff");
  await visit(staff, requestPath);
  const otherVendor = await createOrganization("VENDOR", "Charter Oak Cloud Services");
  for (const person of [lee, await createPerson(otherVendor, "ADMIN", "Jordan Lee")]) {
    const other = await signedIn(browser, person);
    const res = await other.goto(requestPath);
    expect(res?.status(), person.name).toBe(404);
  }
});

test("a saved draft is edited, keeps what was typed when refused, and is submitted from its form", async ({
  browser,
}) => {
  const w = await requestWorld();
  const PO = `WH-${tag()}`;
  const sam = await signedIn(browser, w.sam);
  await visit(sam, `/requests/new/${w.contract.id}`);
  const switches = sam.getByLabel("Quantity of 24-port PoE access switch, installed");
  await switches.fill("1");
  await sam.getByLabel("Your purchase order number (optional)").fill(PO);
  await sam.getByRole("button", { name: "Save as draft" }).click();
  await expect(sam.getByRole("heading", { name: /Purchase request PR-\d+/ })).toBeVisible();
  const label = (await sam.getByRole("heading", { name: /Purchase request PR-\d+/ }).textContent())!
    .replace("Purchase request ", "")
    .trim();
  const requestPath = new URL(sam.url()).pathname;
  await expect(sam.getByText("Draft", { exact: true }).first()).toBeVisible();

  // the draft opens in the same form, filled in with what it says
  await sam.getByRole("link", { name: "Edit draft" }).click();
  await expect(sam.getByRole("heading", { name: `Edit draft request ${label}` })).toBeVisible();
  await visit(sam, `${requestPath}/edit`);
  await expect(switches).toHaveValue("1");
  await expect(sam.getByLabel("Your purchase order number (optional)")).toHaveValue(PO);

  // nothing to buy: refused with the reason, and the notes just typed are still there
  await switches.fill("0");
  await sam.getByLabel("Notes for the vendor (optional)").fill("Two wiring closets at the library.");
  await sam.getByRole("button", { name: "Save draft" }).click();
  await expect(sam.getByText("The draft was not saved")).toBeVisible();
  await expect(sam.getByText("Enter a quantity for at least one line.").first()).toBeVisible();
  await expect(sam.getByLabel("Notes for the vendor (optional)")).toHaveValue("Two wiring closets at the library.");
  await shot(sam, "draft-refused");

  // corrected and submitted from the form: below the threshold it goes straight to the vendor
  await switches.fill("2");
  await sam.getByLabel("Quantity of Network support").fill("1");
  await expect(sam.getByText("$3,880.00", { exact: true })).toBeVisible();
  await sam.getByRole("button", { name: "Submit request" }).click();
  await expect(sam.getByText("Submitted to vendor").first()).toBeVisible();
  expect(new URL(sam.url()).pathname).toBe(requestPath);
  await expect(sam.getByText(/edited the draft/)).toBeVisible();
  await expect(sam.getByRole("link", { name: "Edit draft" })).toHaveCount(0);
  await visit(sam, requestPath);
  await shot(sam, "draft-submitted");
  const [row] = await query<{ total: number; notes: string; po: string }>(
    `SELECT "totalCents" AS total, notes, "poNumber" AS po FROM "PurchaseRequest" WHERE "poNumber" = $1`,
    [PO],
  );
  expect(row).toEqual({ total: 388_000, notes: "Two wiring closets at the library.", po: PO });
  await expectEmail(w.alex.email, label, "new purchase request");

  // once sent, the edit page says it can no longer be edited
  await visit(sam, `${requestPath}/edit`);
  await expect(sam.getByText("This request can no longer be edited")).toBeVisible();
});

test("an independent library with its fee unpaid is told why it cannot request, and what to do", async ({
  browser,
}) => {
  const { contract } = await requestWorld();
  const library = await createOrganization("LIBRARY", "Russell Library");
  await createMembership(library, "PENDING_PAYMENT", 150_00);
  const june = await signedIn(browser, await createPerson(library, "ADMIN", "June Nguyen"));
  await visit(june, `/requests/new/${contract.id}`);
  await expect(june.getByText(/membership fee of \$[\d,.]+ has not been paid/)).toBeVisible();
  await expect(june.getByText(/What to do: .*pay online from the Membership page/)).toBeVisible();
  await expect(june.getByRole("button", { name: "Submit request" })).toHaveCount(0);
  await shot(june, "refused");
});
