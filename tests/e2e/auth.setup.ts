// The authorization matrix (matrix.spec.ts) runs every route as the seeded personas its rows were written for
// (tests/matrix/routes.ts): each persona signs in once through the real magic-link flow and the matrix reuses the
// state. Every other spec mints its own organizations and people (world.ts).
import { test as setup } from "@playwright/test";
import { PERSONA_EMAILS } from "../matrix/personas";
import { authFile, signInByEmail } from "./support";

for (const [persona, email] of Object.entries(PERSONA_EMAILS)) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await signInByEmail(page, email);
    await page.context().storageState({ path: authFile(persona) });
  });
}
