import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { matrixWorld } from "../factories";
import { ACTION_MATRIX, type Outcome, type World } from "./actions";
import { PERSONAS } from "./personas";
import { setRequestSession } from "./request-context";

vi.mock("next/headers", async () => (await import("./request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    const result = (await call()) as { ok?: boolean; status?: number } | undefined;
    if (result && result.ok === false) return result.status as Outcome;
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return 404;
    if (error instanceof AppError) return error.status as Outcome;
    return `threw ${String(error)}`;
  }
}

describe("server action authorization matrix", () => {
  for (const [name, row] of Object.entries(ACTION_MATRIX)) {
    describe(name, () => {
      let world: World;
      beforeAll(async () => {
        world = await matrixWorld();
      });
      for (const persona of PERSONAS) {
        it(`as ${persona}: ${String(row.expect[persona])}`, async () => {
          // a fresh session per call, since some actions (sign-out) end it
          const session = persona === "anonymous" ? null : world[persona].actor;
          if (session) {
            const { signInAs } = await import("../factories");
            const fresh = await signInAs(session.userId);
            setRequestSession(fresh.sessionToken);
          } else setRequestSession(null);
          expect(await outcomeOf(() => row.run(world, persona))).toBe(row.expect[persona]);
        });
      }
    });
  }
});
