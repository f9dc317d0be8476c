import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CATALOG_PAGE_SIZE, catalogHref } from "@/lib/services/catalog/rules";
import { CatalogQuery } from "@/lib/services/catalog/schemas";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { createOrganization, uid } from "../factories";
import type { ProgramStage } from "@/lib/generated/prisma/enums";

// Every contract of this file carries a tag word in its title, so other files' contracts never match.
const TAG = `zq${uid("").replace(/[^a-z0-9]/g, "")}`;
// noon UTC: the same calendar day in Connecticut, where the catalog reads "today" and "within N days"
const NOW = new Date("2026-07-15T12:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
let vendorA: { id: string; slug: string };
let vendorB: { id: string; slug: string };

async function contract(
  title: string,
  o: {
    summary?: string;
    category?: string;
    vendor?: { id: string };
    status?: ProgramStage;
    termEnd?: Date;
    termStart?: Date;
  } = {},
) {
  return db.contract.create({
    data: {
      number: uid("N"),
      title: `${title} ${TAG}`,
      summary: o.summary ?? "General municipal technology services.",
      category: o.category ?? `Cat-${TAG}`,
      vendorOrganizationId: (o.vendor ?? vendorA).id,
      termStart: o.termStart ?? day(-100),
      termEnd: o.termEnd ?? day(1000),
      renewalOptions: "None",
      status: o.status ?? "PROGRAM",
    },
  });
}

const search = (q: Record<string, string>) => searchCatalog(CatalogQuery.parse({ ...q }), NOW);

beforeAll(async () => {
  vendorA = await createOrganization({ kind: "VENDOR", name: `Alpha Vendor ${TAG}` });
  vendorB = await createOrganization({ kind: "VENDOR", name: `Beta Vendor ${TAG}` });
  await contract("Firewall appliances", { summary: "Firewalls and intrusion prevention for town halls." });
  await contract("Network switches", {
    summary: "Switches; a firewall add-on is available.",
    vendor: vendorB,
    category: `Net-${TAG}`,
  });
  await contract("Cloud backup", { summary: "Immutable backup.", status: "PILOT", termEnd: day(20) });
  await contract("Firewall retired", { status: "RETIRED" });
  await contract("Firewall awarded", { status: "AWARDED" });
  for (let i = 0; i < 45; i++)
    await contract(`Bulk item ${String(i).padStart(2, "0")}`, {
      category: `Bulk-${TAG}`,
      termEnd: day(200 + i),
      termStart: day(-i),
    });
});

describe("catalog search", () => {
  it("ranks by relevance: a title match beats a summary mention; only PILOT and PROGRAM are listed", async () => {
    const r = await search({ q: `firewall ${TAG}` });
    expect(r.rows.map((c) => c.title)).toEqual([`Firewall appliances ${TAG}`, `Network switches ${TAG}`]);
    expect(r.rows[0].rank).toBeGreaterThan(r.rows[1].rank);
    expect(r.sort).toBe("relevance");
  });

  it("stems words (switch matches switches) and tolerates punctuation", async () => {
    expect((await search({ q: `switch ${TAG}` })).rows.map((c) => c.title)).toEqual([`Network switches ${TAG}`]);
    expect((await search({ q: `"cloud backup" ${TAG} !!` })).total).toBe(1);
  });

  it("filters by category, vendor, status and expiring within N days", async () => {
    expect((await search({ q: TAG, category: `Net-${TAG}` })).rows.map((c) => c.title)).toEqual([
      `Network switches ${TAG}`,
    ]);
    expect((await search({ q: TAG, vendor: vendorB.slug })).total).toBe(1);
    expect((await search({ q: TAG, vendor: vendorA.slug })).total).toBe(47);
    expect((await search({ q: TAG, status: "PILOT" })).rows.map((c) => c.title)).toEqual([`Cloud backup ${TAG}`]);
    expect((await search({ q: TAG, expiring: "30" })).rows.map((c) => c.title)).toEqual([`Cloud backup ${TAG}`]);
    // Cloud backup (20 days) and bulk items 0 to 10 (200 to 210 days)
    expect((await search({ q: TAG, expiring: "210" })).total).toBe(12);
  });

  it("paginates with a stable order and sorts by title, term end or newest", async () => {
    const base = { q: TAG, category: `Bulk-${TAG}`, sort: "title" };
    const p1 = await search(base);
    const p3 = await search({ ...base, page: "3" });
    expect(p1.total).toBe(45);
    expect(p1.pages).toBe(3);
    expect(p1.rows).toHaveLength(CATALOG_PAGE_SIZE);
    expect(p3.rows).toHaveLength(5);
    expect(p1.rows[0].title).toBe(`Bulk item 00 ${TAG}`);
    expect(p3.rows.at(-1)?.title).toBe(`Bulk item 44 ${TAG}`);
    const expiring = await search({ ...base, sort: "expiring" });
    expect(expiring.rows[0].title).toBe(`Bulk item 00 ${TAG}`);
    const newest = await search({ ...base, sort: "newest" });
    expect(newest.rows[0].title).toBe(`Bulk item 00 ${TAG}`);
    expect(newest.rows[1].title).toBe(`Bulk item 01 ${TAG}`);
  });

  it("the URL reproduces the view: parse(href(view)) is the same view, defaults are left out, junk is ignored", async () => {
    const view = CatalogQuery.parse({
      q: `firewall ${TAG}`,
      category: `Net-${TAG}`,
      vendor: vendorB.slug,
      status: "PROGRAM",
      expiring: "400",
      sort: "title",
      page: "2",
    });
    const href = catalogHref(view);
    expect(href).toBe(
      `/contracts?q=firewall+${TAG}&category=Net-${TAG}&vendor=${vendorB.slug}&status=PROGRAM&expiring=400&sort=title&page=2`,
    );
    const again = CatalogQuery.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again).toEqual(view);
    expect(await search(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(
      await searchCatalog(view, NOW),
    );
    expect(catalogHref(CatalogQuery.parse({}))).toBe("/contracts");
    expect(CatalogQuery.parse({ status: "RETIRED", page: "-3", expiring: "abc", sort: "evil" })).toEqual({ page: 1 });
  });
});
