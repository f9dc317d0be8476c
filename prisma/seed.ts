// Demo and reference data: the cooperative, all 169 Connecticut municipalities, other public
// entities, vendors and the demo personas. Idempotent: running it again changes nothing.
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Affiliation, OrgKind, OrgRole } from "../lib/generated/prisma/enums";
import { DEMO_PERSONAS } from "../lib/demo-personas";
import { seedMemberships } from "./seed/memberships";
import { seedPrograms } from "./seed/programs";
import { seedRequests } from "./seed/requests";
import { databaseIsEmpty, markDemoData } from "./seed/demo-marker";

type OrgSeed = {
  slug: string;
  name: string;
  kind: OrgKind;
  town?: string;
  county?: string;
  planningRegion?: string;
  population?: number;
  affiliations?: Affiliation[];
  website?: string;
};

export function slugify(s: string) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Stable pseudo-random choice from a name, so the seed is the same on every machine. */
function stableHash(s: string) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

// Capitol Region Purchasing Council members beyond CRCOG's region (plausible neighbours).
const CRPC_EXTRA = new Set(["Middletown", "Cromwell", "Portland", "East Hampton", "Windham", "Mansfield", "Killingly"]);

export function municipalityAffiliations(name: string, region: string, population: number): Affiliation[] {
  const a: Affiliation[] = [];
  if (region === "CRCOG") a.push("CRCOG");
  if ((region === "CRCOG" && stableHash(name) % 3 !== 0) || CRPC_EXTRA.has(name)) a.push("CRPC");
  // COST represents small towns; most towns under 30,000 people belong.
  if (population < 30_000 && stableHash(`cost:${name}`) % 5 !== 0) a.push("COST");
  return a;
}

export function readMunicipalities(csvPath: string): OrgSeed[] {
  const lines = fs.readFileSync(csvPath, "utf8").trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const [name, county, region, pop] = line.split(",");
    const population = Number(pop);
    return {
      slug: `town-of-${slugify(name)}`,
      name: `Town of ${name}`,
      kind: "MUNICIPALITY",
      town: name,
      county,
      planningRegion: region,
      population,
      affiliations: municipalityAffiliations(name, region, population),
    };
  });
}

const OTHER_ENTITIES: OrgSeed[] = [
  {
    slug: "bolton-public-schools",
    name: "Bolton Public Schools",
    kind: "BOARD_OF_EDUCATION",
    town: "Bolton",
    county: "Tolland",
    planningRegion: "CRCOG",
    affiliations: ["CRCOG"],
  },
  {
    slug: "west-hartford-public-schools",
    name: "West Hartford Public Schools",
    kind: "BOARD_OF_EDUCATION",
    town: "West Hartford",
    county: "Hartford",
    planningRegion: "CRCOG",
    affiliations: ["CRCOG", "CRPC"],
  },
  {
    slug: "regional-school-district-8",
    name: "Regional School District 8",
    kind: "BOARD_OF_EDUCATION",
    town: "Hebron",
    county: "Tolland",
    planningRegion: "CRCOG",
    affiliations: [],
  },
  {
    slug: "new-london-public-schools",
    name: "New London Public Schools",
    kind: "BOARD_OF_EDUCATION",
    town: "New London",
    county: "New London",
    planningRegion: "SCCOG",
    affiliations: [],
  },
  {
    slug: "russell-library",
    name: "Russell Library",
    kind: "LIBRARY",
    town: "Middletown",
    county: "Middlesex",
    planningRegion: "RiverCOG",
    affiliations: [],
    website: "https://www.russelllibrary.org",
  },
  {
    slug: "welles-turner-memorial-library",
    name: "Welles-Turner Memorial Library",
    kind: "LIBRARY",
    town: "Glastonbury",
    county: "Hartford",
    planningRegion: "CRCOG",
    affiliations: ["CRCOG"],
  },
  {
    slug: "otis-library",
    name: "Otis Library",
    kind: "LIBRARY",
    town: "Norwich",
    county: "New London",
    planningRegion: "SCCOG",
    affiliations: [],
  },
  {
    slug: "metropolitan-district",
    name: "The Metropolitan District (MDC)",
    kind: "OTHER_PUBLIC",
    town: "Hartford",
    county: "Hartford",
    planningRegion: "CRCOG",
    affiliations: ["CRPC"],
  },
  {
    slug: "south-central-regional-water-authority",
    name: "South Central Connecticut Regional Water Authority",
    kind: "OTHER_PUBLIC",
    town: "New Haven",
    county: "New Haven",
    planningRegion: "SCRCOG",
    affiliations: [],
  },
  {
    slug: "housing-authority-of-new-britain",
    name: "Housing Authority of the City of New Britain",
    kind: "OTHER_PUBLIC",
    town: "New Britain",
    county: "Hartford",
    planningRegion: "CRCOG",
    affiliations: [],
  },
];

const VENDORS: OrgSeed[] = [
  {
    slug: "nutmeg-network-solutions",
    name: "Nutmeg Network Solutions",
    kind: "VENDOR",
    town: "Rocky Hill",
    website: "https://nutmegnetworks.example",
  },
  {
    slug: "charter-oak-cloud-services",
    name: "Charter Oak Cloud Services",
    kind: "VENDOR",
    town: "Hartford",
    website: "https://charteroakcloud.example",
  },
  {
    slug: "constitution-state-cybersecurity",
    name: "Constitution State Cybersecurity",
    kind: "VENDOR",
    town: "New Haven",
  },
  { slug: "quinnipiac-data-systems", name: "Quinnipiac Data Systems", kind: "VENDOR", town: "Hamden" },
  { slug: "housatonic-gis", name: "Housatonic GIS & Mapping", kind: "VENDOR", town: "Danbury" },
  { slug: "mystic-civic-software", name: "Mystic Civic Software", kind: "VENDOR", town: "Groton" },
];

const COOPERATIVE: OrgSeed = {
  slug: "crcog-it-services-cooperative",
  name: "CRCOG IT Services Cooperative",
  kind: "COOPERATIVE",
  town: "Hartford",
  county: "Hartford",
  planningRegion: "CRCOG",
  website: "https://crcog.org",
};

type PersonaOrg = { slug: string; role: OrgRole; title: string };

const PERSONA_ORGS: Record<string, PersonaOrg[]> = {
  "malvarez@crcog.org": [{ slug: COOPERATIVE.slug, role: "ADMIN", title: "Program Manager" }],
  "dpatel@crcog.org": [{ slug: COOPERATIVE.slug, role: "STAFF", title: "Procurement Specialist" }],
  "schen@westhartfordct.gov": [{ slug: "town-of-west-hartford", role: "IT_LEAD", title: "IT Manager" }],
  "privera@westhartfordct.gov": [{ slug: "town-of-west-hartford", role: "PURCHASING", title: "Purchasing Agent" }],
  "lbrooks@unionct.gov": [
    { slug: "town-of-union", role: "ADMIN", title: "Administrative Assistant to the First Selectman" },
  ],
  "cmorgan@boltonct.org": [
    { slug: "town-of-bolton", role: "IT_LEAD", title: "Technology Director" },
    { slug: "bolton-public-schools", role: "ADMIN", title: "Technology Director" },
  ],
  "jnguyen@russelllibrary.org": [{ slug: "russell-library", role: "ADMIN", title: "Library Director" }],
  "akim@nutmegnetworks.example": [
    { slug: "nutmeg-network-solutions", role: "ADMIN", title: "Public Sector Account Manager" },
  ],
  "jlee@charteroakcloud.example": [
    { slug: "charter-oak-cloud-services", role: "ADMIN", title: "Government Sales Lead" },
  ],
};

// Admins for the vendors and West Hartford that have no persona, so every organization has one.
const EXTRA_USERS = [
  {
    email: "tgarcia@westhartfordct.gov",
    name: "Terry Garcia",
    orgs: [{ slug: "town-of-west-hartford", role: "ADMIN" as OrgRole, title: "Director of Financial Services" }],
  },
  {
    email: "sales@csc-cyber.example",
    name: "Robin Shah",
    orgs: [{ slug: "constitution-state-cybersecurity", role: "ADMIN" as OrgRole, title: "Account Executive" }],
  },
  {
    email: "gov@quinnipiacdata.example",
    name: "Morgan Ellis",
    orgs: [{ slug: "quinnipiac-data-systems", role: "ADMIN" as OrgRole, title: "Government Accounts" }],
  },
  {
    email: "info@housatonicgis.example",
    name: "Casey Flynn",
    orgs: [{ slug: "housatonic-gis", role: "ADMIN" as OrgRole, title: "Principal" }],
  },
  {
    email: "municipal@mysticcivic.example",
    name: "Avery Brooks",
    orgs: [{ slug: "mystic-civic-software", role: "ADMIN" as OrgRole, title: "Municipal Sales" }],
  },
];

export async function seed(db: PrismaClient, csvPath: string) {
  // the embedded database `npm start` made is the demo's own, even when an earlier version seeded it
  const demoOnly = (await databaseIsEmpty(db)) || process.env.PORTAL_EMBEDDED_DB === "1";
  const orgs = [COOPERATIVE, ...readMunicipalities(csvPath), ...OTHER_ENTITIES, ...VENDORS];
  const ids = new Map<string, string>();
  for (const org of orgs) {
    const data = { ...org, affiliations: org.affiliations ?? [] };
    const row = await db.organization.upsert({
      where: { slug: org.slug },
      create: data,
      update: data,
      select: { id: true },
    });
    ids.set(org.slug, row.id);
  }
  const people = [
    ...DEMO_PERSONAS.map((p) => ({ email: p.email, name: p.name, orgs: PERSONA_ORGS[p.email] })),
    ...EXTRA_USERS,
  ];
  for (const person of people) {
    const user = await db.user.upsert({
      where: { email: person.email },
      create: {
        email: person.email,
        name: person.name,
        title: person.orgs[0].title,
        emailVerified: new Date("2026-07-01T12:00:00Z"),
      },
      update: { name: person.name, title: person.orgs[0].title },
      select: { id: true },
    });
    for (const o of person.orgs) {
      const organizationId = ids.get(o.slug);
      if (!organizationId) throw new Error(`Seed: unknown organization ${o.slug}`);
      await db.organizationUser.upsert({
        where: { organizationId_userId: { organizationId, userId: user.id } },
        create: { organizationId, userId: user.id, role: o.role },
        update: { role: o.role },
      });
    }
  }
  await seedPrograms(db);
  await seedMemberships(db);
  await seedRequests(db);
  await markDemoData(db, demoOnly);
  return { organizations: orgs.length, users: people.length };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  // A copy of ../shared/data/ct-municipalities.csv (with its SOURCES.md) lives beside the seed.
  const result = await seed(db, path.resolve("prisma", "data", "ct-municipalities.csv"));
  console.log(`Seeded ${result.organizations} organizations and ${result.users} people.`);
  await db.$disconnect();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
