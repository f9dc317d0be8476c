import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogQuery } from "@/lib/services/catalog/schemas";

describe("the catalog's query string", () => {
  it("never passes a control character or NUL to PostgreSQL, whatever a bot or a bad link sends", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => {
        const { q: text } = CatalogQuery.parse({ q });
        expect(text ?? "").not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        expect((text ?? "").length).toBeLessThanOrEqual(200);
      }),
    );
    expect(CatalogQuery.parse({ q: "\u0000" }).q).toBeUndefined();
    expect(CatalogQuery.parse({ q: "wi\u0000fi" }).q).toBe("wifi");
  });

  it("cuts a long search to 200 characters instead of dropping it", () => {
    expect(CatalogQuery.parse({ q: "x".repeat(208) }).q).toBe("x".repeat(200));
  });
});
