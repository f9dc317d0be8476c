// The six personas every matrix row is checked as.
export const PERSONAS = ["anonymous", "memberA", "memberB", "vendorX", "vendorY", "staff"] as const;
export type Persona = (typeof PERSONAS)[number];

/** Seeded people who play each persona in the browser matrix (see lib/demo-personas.ts). */
export const PERSONA_EMAILS: Record<Exclude<Persona, "anonymous">, string> = {
  memberA: "schen@westhartfordct.gov",
  memberB: "lbrooks@unionct.gov",
  vendorX: "akim@nutmegnetworks.example",
  vendorY: "jlee@charteroakcloud.example",
  staff: "malvarez@crcog.org",
};

export function forAll<T>(value: T, overrides: Partial<Record<Persona, T>> = {}): Record<Persona, T> {
  return Object.fromEntries(PERSONAS.map((p) => [p, overrides[p] ?? value])) as Record<Persona, T>;
}
