// Each persona signs in once through the real magic-link flow; the specs reuse the state.
import { test as setup } from "@playwright/test";
import { PERSONA_EMAILS } from "../matrix/personas";
import { authFile, signInByEmail } from "./support";

const PEOPLE: Record<string, string> = {
  ...PERSONA_EMAILS,
  multiOrg: "cmorgan@boltonct.org",
  staffB: "dpatel@crcog.org",
};

for (const [persona, email] of Object.entries(PEOPLE)) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await signInByEmail(page, email);
    await page.context().storageState({ path: authFile(persona) });
  });
}
