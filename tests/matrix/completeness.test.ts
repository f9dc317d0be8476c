import { describe, expect, it } from "vitest";
import { appRoutes, serverActions } from "./app-routes";
import { ROUTE_MATRIX } from "./routes";
import { ACTION_MATRIX } from "./actions";

describe("authorization matrix completeness", () => {
  it("has a row for every page and route handler in app/", () => {
    const covered = new Set(ROUTE_MATRIX.map((r) => r.route));
    const missing = appRoutes().filter((r) => !covered.has(r));
    expect(missing, `routes without a matrix row in tests/matrix/routes.ts`).toEqual([]);
  });

  it("has no row for a route that no longer exists", () => {
    const routes = new Set(appRoutes());
    expect(ROUTE_MATRIX.map((r) => r.route).filter((r) => !routes.has(r))).toEqual([]);
  });

  it("has a row for every server action", () => {
    const covered = new Set(Object.keys(ACTION_MATRIX));
    const missing = serverActions().filter((a) => !covered.has(a));
    expect(missing, `server actions without a row in tests/matrix/actions.ts`).toEqual([]);
    expect(Object.keys(ACTION_MATRIX).filter((a) => !serverActions().includes(a))).toEqual([]);
  });

  it("would notice a new route without a row", () => {
    const covered = new Set(ROUTE_MATRIX.map((r) => r.route));
    expect([...appRoutes(), "/new-feature"].filter((r) => !covered.has(r))).toEqual(["/new-feature"]);
  });
});
