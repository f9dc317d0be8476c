// The demo's people: seeded by prisma/seed.ts, listed on the sign-in page in demo mode.
export type DemoPersona = { email: string; name: string; description: string };

export const DEMO_PERSONAS: DemoPersona[] = [
  { email: "malvarez@crcog.org", name: "Maria Alvarez", description: "Cooperative staff, program manager (admin)" },
  { email: "dpatel@crcog.org", name: "Dev Patel", description: "Cooperative staff, procurement specialist" },
  { email: "schen@westhartfordct.gov", name: "Sam Chen", description: "Town of West Hartford, IT lead (CRCOG member)" },
  { email: "privera@westhartfordct.gov", name: "Pat Rivera", description: "Town of West Hartford, purchasing officer" },
  {
    email: "lbrooks@unionct.gov",
    name: "Linda Brooks",
    description: "Town of Union, first selectman's office (COST member, admin)",
  },
  {
    email: "cmorgan@boltonct.org",
    name: "Chris Morgan",
    description: "IT for both the Town of Bolton and Bolton Public Schools",
  },
  {
    email: "jnguyen@russelllibrary.org",
    name: "June Nguyen",
    description: "Russell Library, Middletown (independent, admin)",
  },
  { email: "akim@nutmegnetworks.example", name: "Alex Kim", description: "Vendor: Nutmeg Network Solutions (admin)" },
  {
    email: "jlee@charteroakcloud.example",
    name: "Jordan Lee",
    description: "Vendor: Charter Oak Cloud Services (admin)",
  },
];
