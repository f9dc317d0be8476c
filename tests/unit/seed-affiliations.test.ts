import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMunicipalities } from "@/prisma/seed";

describe("seeded affiliations", () => {
  const towns = readMunicipalities(path.resolve("prisma/data/ct-municipalities.csv"));
  it("makes the 38 Capitol Region towns CRCOG members and leaves some towns independent", () => {
    expect(towns).toHaveLength(169);
    expect(towns.filter((t) => t.affiliations?.includes("CRCOG"))).toHaveLength(38);
    const independent = towns.filter((t) => t.affiliations?.length === 0);
    expect(independent.length).toBeGreaterThan(10);
    expect(independent.map((t) => t.town)).toContain("Bridgeport");
  });
});
