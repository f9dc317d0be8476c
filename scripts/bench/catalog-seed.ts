// The catalog benchmark's data: 10,000 contracts with plausible titles and summaries, 200,000 price lines and 1,000
// organizations (100 of them vendors), written with generate_series; and the catalog views it measures.
import pg from "pg";

export const CONTRACTS = 10_000;
const LINES_PER_CONTRACT = 20;
const ORGANIZATIONS = 1_000;
const VENDORS = 100;

const words = (s: string) => s.split("|");
const CATEGORIES = words(
  "Cybersecurity|Networking|Cloud services|GIS|Civic software|Records management|Telecommunications|Hardware|" +
    "Public safety|Education technology|Finance software|Help desk|Printing|Backup|Identity|Websites|Data centers|" +
    "Radio|Video|Training",
);
const ADJ = words(
  "Managed|Hosted|Municipal|Regional|Secure|Cloud|Integrated|Wireless|Enterprise|Shared|Open|Modern|Resilient|" +
    "Smart|Unified|Mobile|Digital|Remote|Public|Virtual",
);
const NOUN = words(
  "firewall services|network switches|backup and recovery|GIS mapping|agenda management|VoIP phones|" +
    "endpoint protection|email archiving|laptops|Wi-Fi access points|help desk support|permitting software|" +
    "tax collection|body cameras|document scanning|website hosting|identity management|" +
    "security awareness training|printers and copiers|server virtualization|data center colocation|" +
    "fiber connectivity|radio systems|video surveillance|learning management|payroll software|asset management|" +
    "work orders|parking enforcement|library systems",
);
const SUFFIX = words(
  "program|services|contract|solutions|subscription|support|implementation|licensing|maintenance|hardware",
);
const PHRASES = words(
  "for Connecticut towns and schools|with installation and training|including 24x7 support|" +
    "with pilot pricing for early adopters|meeting CJIS and FOIA requirements|hosted in the United States|" +
    "with migration from legacy systems|priced per user per month|with on-site implementation|" +
    "and annual renewal options",
);

/** Representative views of /contracts: free text, each filter, sorts, deep pages, codes and a typo. */
export const SEARCHES: Record<string, string>[] = [
  {},
  { q: "firewall" },
  { q: "cloud backup" },
  { q: "network switches", sort: "title" },
  { q: "security awareness training" },
  { q: "GIS mapping", status: "PROGRAM" },
  { category: "Cybersecurity" },
  { category: "Networking", sort: "expiring" },
  { vendor: "bench-org-7" },
  { vendor: "bench-org-42", q: "support" },
  { status: "PILOT" },
  { expiring: "90" },
  { expiring: "30", sort: "expiring" },
  { q: "hosted", page: "5" },
  { page: "200" },
  { q: "Connecticut", sort: "newest" },
  { q: "managed services", category: "Help desk" },
  { q: "radio OR video" },
  { q: '"document scanning"', expiring: "365" },
  { sort: "newest", status: "PROGRAM", page: "3" },
  // what people type: a joined spelling, a contract number by prefix, an item code, a typo (suggestions)
  { q: "wifi" },
  { q: "BENCH-0042" },
  { q: "ITEM-007", vendor: "bench-org-7" },
  { q: "firewal" },
];

const sqlArray = (a: string[]) => `ARRAY[${a.map((s) => `'${s.replace(/'/g, "''")}'`).join(",")}]`;
const pick = (a: string[], expr: string) => `(${sqlArray(a)})[1 + (${expr}) % ${a.length}]`;

/** Writes the data into the database at `url`; returns the number of contracts. */
export async function seedCatalog(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t = performance.now();
  await client.query(`
    INSERT INTO "Organization" ("id", "slug", "name", "kind", "affiliations", "entraTenantIds", "updatedAt")
    SELECT 'bo' || g, 'bench-org-' || g,
           CASE WHEN g <= ${VENDORS} THEN 'Bench Vendor ' || g ELSE 'Town of Bench ' || g END,
           (CASE WHEN g <= ${VENDORS} THEN 'VENDOR' ELSE 'MUNICIPALITY' END)::"OrgKind", '{}', '{}', now()
    FROM generate_series(1, ${ORGANIZATIONS}) g`);
  await client.query(`
    INSERT INTO "Contract" ("id", "number", "title", "summary", "category", "vendorOrganizationId", "termStart",
                            "termEnd", "renewalOptions", "status", "awardBasis", "updatedAt")
    SELECT 'bc' || g, 'BENCH-' || lpad(g::text, 6, '0'),
           ${pick(ADJ, "g * 7")} || ' ' || ${pick(NOUN, "g * 13")} || ' ' || ${pick(SUFFIX, "g * 3")},
           'Cooperative contract for ' || lower(${pick(NOUN, "g * 11")}) || ' ' || ${pick(PHRASES, "g")} || ', ' ||
             ${pick(PHRASES, "g * 17")} || '.',
           ${pick(CATEGORIES, "g")},
           'bo' || (1 + g % ${VENDORS}),
           now() - ((g % 700) || ' days')::interval,
           now() + ((30 + (g * 37) % 1500) || ' days')::interval,
           'Two optional one-year renewals',
           (CASE WHEN g % 10 < 6 THEN 'PROGRAM' WHEN g % 10 < 8 THEN 'PILOT' WHEN g % 10 = 8 THEN 'RETIRED'
                 ELSE 'AWARDED' END)::"ProgramStage",
           'Awarded through competitive solicitation.', now()
    FROM generate_series(1, ${CONTRACTS}) g`);
  await client.query(`
    INSERT INTO "PriceLine" ("id", "contractId", "position", "itemCode", "description", "unit", "contractPriceCents",
                             "pilotPriceCents", "listPriceCents")
    SELECT 'bp' || c || '-' || i, 'bc' || c, i, 'ITEM-' || lpad(i::text, 3, '0'), 'Line ' || i || ' of contract ' || c,
           'each', 1000 + (c * i) % 90000, CASE WHEN i % 3 = 0 THEN 800 + (c * i) % 70000 END, 2000 + (c * i) % 120000
    FROM generate_series(1, ${CONTRACTS}) c, generate_series(1, ${LINES_PER_CONTRACT}) i`);
  // what autovacuum does on a live database: statistics and the visibility map
  await client.query(`VACUUM ANALYZE`);
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM "Contract") AS contracts, (SELECT count(*) FROM "PriceLine") AS lines,
            (SELECT count(*) FROM "Organization") AS orgs`,
  );
  await client.end();
  console.error(`seeded ${JSON.stringify(counts.rows[0])} in ${Math.round(performance.now() - t)} ms`);
  return Number(counts.rows[0].contracts);
}
