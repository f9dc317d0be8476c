// Sign-in against forged requests, on the production server: a sign-in link posted from another site does not sign
// the browser in (and stays usable on the portal's own page), and a forged X-Forwarded-For is not the address the
// audit log keeps.
import { expect, test } from "@playwright/test";
import { latestLinkPath, query } from "./support";
import { createOrganization, createPerson } from "./world";

/** Asks for a sign-in link through the form, in a browser that sends `headers` with every request. */
async function askForLink(page: import("@playwright/test").Page, email: string, headers: Record<string, string> = {}) {
  await page.setExtraHTTPHeaders(headers);
  await page.goto("/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.setExtraHTTPHeaders({});
}

test("a sign-in link posted from another site is refused and stays usable on the portal's own page", async ({
  page,
  baseURL,
}) => {
  const person = await createPerson(await createOrganization("MUNICIPALITY", "Town of Csrfton"), "STAFF", "Casey Ward");
  await askForLink(page, person.email);
  const confirmPath = await latestLinkPath(person.email);
  const link = new URL(confirmPath, baseURL).searchParams;
  const callback = new URL(`/api/auth/callback/email?${link}`, baseURL).toString();

  // the attacker's page (another origin) auto-posts the link to the callback in the victim's browser
  await page.goto("about:blank");
  await page.setContent(`<form method="post" action="${callback.replaceAll("&", "&amp;")}"><button>Go</button></form>`);
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/email")),
    page.getByRole("button", { name: "Go" }).click(),
  ]);
  expect(refused.status()).toBe(403);
  expect((await page.context().cookies()).some((c) => c.name.includes("portal.session"))).toBe(false);

  // a GET of the callback lands on the confirmation page without spending the link
  await page.goto(`/api/auth/callback/email?${link}`);
  await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();

  // the person's own click on the portal's page still works: the link was not spent
  await page.goto(confirmPath);
  await page.getByRole("button", { name: "Continue to the portal" }).click();
  await page.waitForURL(/\/dashboard/);
});

test("the audit log keeps the address the server saw, not a forged X-Forwarded-For", async ({ page }) => {
  const person = await createPerson(await createOrganization("LIBRARY", "Forgery Library"), "ADMIN", "Quinn Hart");
  await askForLink(page, person.email, {
    "X-Forwarded-For": "203.0.113.66",
    "X-Portal-Client-Address": "203.0.113.67",
  });
  const [event] = await query<{ ip: string | null }>(
    `SELECT ip FROM "AuditEvent" WHERE action = 'auth.link_requested' AND "actorUserId" = $1`,
    [person.id],
  );
  expect(event?.ip).toBe("127.0.0.1");
});
