import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

describe("seed", () => {
  it("loads all 169 municipalities with their regions, and running it twice changes nothing", async () => {
    const csv = path.resolve("prisma/data/ct-municipalities.csv");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const first = await seed(db as any, csv);
    const counts = async () => ({
      orgs: await db.organization.count(),
      users: await db.user.count(),
      links: await db.organizationUser.count(),
    });
    const before = await counts();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await seed(db as any, csv);
    expect(await counts()).toEqual(before);
    expect(first.organizations).toBeGreaterThan(169);
    const towns = await db.organization.findMany({ where: { kind: "MUNICIPALITY", slug: { startsWith: "town-of-" } } });
    expect(towns.filter((t) => !t.slug.includes("-s-"))).toHaveLength(169);
    const crcog = towns.filter((t) => t.planningRegion === "CRCOG");
    expect(crcog).toHaveLength(38);
    expect(crcog.every((t) => t.affiliations.includes("CRCOG"))).toBe(true);
    expect(towns.reduce((sum, t) => sum + (t.population ?? 0), 0)).toBe(3_605_944);
    expect(await db.organization.count({ where: { kind: "VENDOR", slug: { in: ["nutmeg-network-solutions", "charter-oak-cloud-services"] } } })).toBe(2);
  });
});
