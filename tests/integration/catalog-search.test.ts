import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CatalogQuery } from "@/lib/services/catalog/schemas";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { actorOf, createOrganization, uid } from "../factories";

// The catalog finds what people type: hyphenated and joined spellings, stop words, contract numbers and item codes
// (whole, from a part, by prefix), products on price schedules, accents and typos; an empty result says what to try.
// Every search here is narrowed to this file's vendor, so other files' contracts never count.
const NOW = new Date();
const DAY = 86_400_000;
const SUFFIX = uid("")
  .replace(/[^a-z0-9]/g, "")
  .toUpperCase();
let vendor: { id: string; slug: string };
const ids: Record<string, string> = {};

async function contract(
  key: string,
  number: string,
  title: string,
  o: { summary?: string; category?: string; termEnd?: Date; lines?: [string, string, number][] } = {},
) {
  const c = await db.contract.create({
    data: {
      number: `${number}-${SUFFIX}`,
      title,
      summary: o.summary ?? "Cooperative contract for member towns.",
      category: o.category ?? `Networking ${SUFFIX}`,
      vendorOrganizationId: vendor.id,
      termStart: new Date(NOW.getTime() - 200 * DAY),
      termEnd: o.termEnd ?? new Date(NOW.getTime() + 700 * DAY),
      renewalOptions: "None",
      status: "PROGRAM",
      priceLines: {
        create: (o.lines ?? []).map(([itemCode, description, cents], position) => ({
          itemCode,
          description,
          unit: "each",
          contractPriceCents: cents,
          position,
        })),
      },
    },
  });
  ids[key] = c.id;
}

const search = (q: Record<string, string>, viewer = null as Parameters<typeof searchCatalog>[2]) =>
  searchCatalog(CatalogQuery.parse({ vendor: vendor.slug, ...q }), NOW, viewer);
const titles = async (q: Record<string, string>) => (await search(q)).rows.map((r) => r.title).sort();

beforeAll(async () => {
  vendor = await createOrganization({ kind: "VENDOR", name: `Search Vendor ${SUFFIX}` });
  await contract("wifi", "CRCOG-IT-2025-04-C", "Network infrastructure and Wi-Fi", {
    summary: "Switches, firewalls and Wi-Fi for town halls.",
    lines: [
      ["NET-SW24", "24-port PoE access switch, installed", 1_850_00],
      ["NET-AP6", "Wi-Fi 6 access point, installed", 540_00],
    ],
  });
  await contract("voip", "CRCOG-IT-2024-11-C", "Cloud phone system (VoIP)", {
    category: `Telecommunications ${SUFFIX}`,
    lines: [["VOIP-SEAT", "Phone seat", 19_00]],
  });
  await contract("edr", "CRCOG-IT-2024-09-C", "Endpoint protection and antivirus", {
    category: `Cybersecurity ${SUFFIX}`,
  });
  await contract("cafe", "CRCOG-IT-2025-02-C", "Café and library kiosks", { category: `Hardware ${SUFFIX}` });
  await contract("old", "CRCOG-IT-2021-01-C", "Expired wifi hotspots", { termEnd: new Date(NOW.getTime() - 30 * DAY) });
});

describe("catalog search finds what people type", () => {
  it("wifi, WiFi and wi-fi all find the Wi-Fi contract (hyphenated and joined spellings match)", async () => {
    for (const q of ["wifi", "WiFi", "wi-fi", "Wi-Fi", "WIFI"])
      expect(await titles({ q }), q).toEqual(["Network infrastructure and Wi-Fi"]);
  });

  it("IT-2024-11 finds the VoIP contract: a contract number from one of its parts, and not its neighbour", async () => {
    expect(await titles({ q: "IT-2024-11" })).toEqual(["Cloud phone system (VoIP)"]);
    expect(await titles({ q: `CRCOG-IT-2024-11-C-${SUFFIX}` })).toEqual(["Cloud phone system (VoIP)"]);
    expect(await titles({ q: "crcog-it-2024-11" })).toEqual(["Cloud phone system (VoIP)"]);
    expect(await titles({ q: "IT-2024" })).toEqual(["Cloud phone system (VoIP)", "Endpoint protection and antivirus"]);
  });

  it("q=IT (an English stop word) and the CRCOG-IT- prefix list the cooperative's current contracts", async () => {
    const all = ["Café and library kiosks", "Cloud phone system (VoIP)", "Endpoint protection and antivirus"];
    const current = [...all, "Network infrastructure and Wi-Fi"].sort();
    expect(await titles({ q: "IT" })).toEqual(current);
    expect(await titles({ q: "it" })).toEqual(current);
    expect(await titles({ q: "CRCOG-IT-" })).toEqual(current);
    expect((await search({ q: "IT" })).total).toBe(4);
  });

  it("a product finds its contract: access point and AP6, with the matched line and its price to members", async () => {
    const member = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
    for (const q of ["access point", "AP6", "ap6", "NET-AP6", "net ap6"]) {
      const r = await search({ q }, member.actor);
      expect(
        r.rows.map((c) => c.title),
        q,
      ).toEqual(["Network infrastructure and Wi-Fi"]);
      expect(r.rows[0].line, q).toEqual({
        itemCode: "NET-AP6",
        description: "Wi-Fi 6 access point, installed",
        unit: "each",
        contractPriceCents: 540_00,
      });
    }
    // the anonymous see which line matched, not its price
    const anonymous = await search({ q: "AP6" });
    expect(anonymous.rows[0].line).toMatchObject({ itemCode: "NET-AP6", contractPriceCents: null });
    // another vendor does not see this vendor's prices either
    const otherVendor = await actorOf("VENDOR", "ADMIN");
    expect((await search({ q: "AP6" }, otherVendor.actor)).rows[0].line?.contractPriceCents).toBeNull();
  });

  it("accents are ignored both ways; stemming still applies", async () => {
    expect(await titles({ q: "cafe" })).toEqual(["Café and library kiosks"]);
    expect(await titles({ q: "café" })).toEqual(["Café and library kiosks"]);
    expect(await titles({ q: "kiosk" })).toEqual(["Café and library kiosks"]);
  });

  it("a search of only common words searches anyway; one with no letter or digit says so", async () => {
    expect(await titles({ q: "and" })).toEqual([
      "Café and library kiosks",
      "Endpoint protection and antivirus",
      "Network infrastructure and Wi-Fi",
    ]);
    const empty = await search({ q: "!!! --" });
    expect(empty.searchable).toBe(false);
    expect(empty.total).toBe(0);
    expect(empty.rows).toEqual([]);
  });

  it("a search that finds nothing suggests fewer words, another category, expired contracts and close spellings", async () => {
    const words = await search({ q: "wifi zebra antivirus" });
    expect(words.total).toBe(0);
    expect(words.suggestions?.words).toEqual([
      { word: "wifi", total: 1 },
      { word: "antivirus", total: 1 },
    ]);
    const category = await search({ q: "antivirus", category: `Hardware ${SUFFIX}` });
    expect(category.total).toBe(0);
    expect(category.suggestions?.categories).toEqual([{ category: `Cybersecurity ${SUFFIX}`, total: 1 }]);
    expect(category.suggestions?.withoutFilters).toBeGreaterThanOrEqual(1);
    const expired = await search({ q: "hotspots" });
    expect(expired.total).toBe(0);
    expect(expired.suggestions?.expired).toBe(1);
    const typo = await search({ q: "antivirs" });
    expect(typo.total).toBe(0);
    expect(typo.suggestions?.close.map((c) => c.title)).toEqual(["Endpoint protection and antivirus"]);
    const typoLine = await search({ q: "acess point" });
    expect(typoLine.suggestions?.close.map((c) => c.title)).toEqual(["Network infrastructure and Wi-Fi"]);
    expect((await search({ q: "wifi" })).suggestions).toBeNull();
  });

  it("ranks a title match above a match on a price line only", async () => {
    await contract("switch", "CRCOG-IT-2026-01-C", "Access switches for schools", {
      category: `Networking ${SUFFIX}`,
    });
    const r = await search({ q: "access" });
    expect(r.rows.map((c) => c.title)).toEqual(["Access switches for schools", "Network infrastructure and Wi-Fi"]);
    expect(r.rows[0].rank).toBeGreaterThan(r.rows[1].rank);
    await db.contract.delete({ where: { id: ids.switch } });
  });

  it("any hyphenated word is found typed joined, hyphenated or in capitals (property)", async () => {
    const word = fc.stringMatching(/^[a-z]{2,6}$/);
    await fc.assert(
      fc.asyncProperty(word, word, async (a, b) => {
        const title = `Kiosk ${a}-${b} ${uid("p")}`;
        await contract(title, `PROP-${uid("n")}`, title);
        for (const q of [`${a}${b}`, `${a}-${b}`, `${a}${b}`.toUpperCase(), `${a[0].toUpperCase()}${a.slice(1)}-${b}`])
          expect(await titles({ q }), q).toContain(title);
      }),
      { numRuns: 15 },
    );
  });
});
