import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";
import { todayInCooperative } from "@/lib/input/date";
import { termIsOver } from "@/lib/services/contracts/rules";

// Its own database: other test files write to the shared one while this counts rows.
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: inject("seedDatabaseUrl") }) });
afterAll(() => db.$disconnect());

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

describe("seed", () => {
  const csv = path.resolve("prisma/data/ct-municipalities.csv");

  it("running it twice changes nothing, in any table", async () => {
    await seed(db, csv);
    const first = await rowCounts();
    await seed(db, csv);
    expect(await rowCounts()).toEqual(first);
  });

  it("loads all 169 municipalities with their regions and 2020 populations", async () => {
    const towns = await db.organization.findMany({ where: { kind: "MUNICIPALITY" } });
    expect(towns).toHaveLength(169);
    const crcog = towns.filter((t) => t.planningRegion === "CRCOG");
    expect(crcog).toHaveLength(38);
    expect(crcog.every((t) => t.affiliations.includes("CRCOG"))).toBe(true);
    expect(towns.reduce((sum, t) => sum + (t.population ?? 0), 0)).toBe(3_605_944);
    expect(await db.organization.count({ where: { kind: "VENDOR" } })).toBeGreaterThanOrEqual(6);
    expect(await db.organization.count({ where: { kind: "COOPERATIVE" } })).toBe(1);
  });

  it("is dated from the day it is loaded: one contract expired on purpose, open solicitations due ahead", async () => {
    const today = todayInCooperative();
    const offered = await db.contract.findMany({
      where: { status: { in: ["PILOT", "PROGRAM"] } },
      select: { title: true, termEnd: true },
    });
    expect(offered.filter((c) => termIsOver(c.termEnd, today)).map((c) => c.title)).toEqual([
      "Endpoint protection and antivirus",
    ]);
    expect(offered.length).toBeGreaterThan(3);
    const soliciting = await db.program.findMany({ where: { stage: "SOLICITATION" }, select: { proposalDueAt: true } });
    expect(soliciting.length).toBeGreaterThan(0);
    for (const p of soliciting) expect(p.proposalDueAt!.getTime()).toBeGreaterThan(Date.now());
    const future = await db.purchaseRequestEvent.count({ where: { at: { gt: new Date() } } });
    expect(future).toBe(0);
  });
});
