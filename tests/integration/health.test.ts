import { describe, expect, it, vi } from "vitest";

describe("GET /api/health", () => {
  it("answers 200 when the database is up", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "up" });
  });

  it("answers 503 when the database is unreachable", async () => {
    vi.resetModules();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none"; // nothing listens on port 1
    delete (globalThis as { portalDb?: unknown }).portalDb;
    try {
      const { GET } = await import("@/app/api/health/route");
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", database: "down" });
    } finally {
      process.env.DATABASE_URL = saved;
      delete (globalThis as { portalDb?: unknown }).portalDb;
      vi.resetModules();
    }
  });
});
