// Factories: each test mints its own organizations, people and sessions.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { actorForSessionToken } from "@/lib/auth/session";
import type { Affiliation, OrgKind, OrgRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/authz/actor";

export function uid(prefix = "t") {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function createOrganization(
  input: { kind?: OrgKind; name?: string; affiliations?: Affiliation[]; entraTenantIds?: string[] } = {},
) {
  const name = input.name ?? `Test ${uid("org")}`;
  return db.organization.create({
    data: {
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${uid("s")}`,
      name,
      kind: input.kind ?? "MUNICIPALITY",
      affiliations: input.affiliations ?? [],
      entraTenantIds: input.entraTenantIds ?? [],
    },
  });
}

export async function createUser(
  input: { organizationId?: string; role?: OrgRole; email?: string; name?: string } = {},
) {
  const user = await db.user.create({
    data: { email: input.email ?? `${uid("user")}@example.test`, name: input.name ?? "Test Person" },
  });
  if (input.organizationId) {
    await db.organizationUser.create({
      data: { organizationId: input.organizationId, userId: user.id, role: input.role ?? "STAFF" },
    });
  }
  return user;
}

/** A real session row for the user, and the Actor the app derives from it. */
export async function signInAs(
  userId: string,
  activeOrganizationId?: string,
): Promise<Actor & { sessionToken: string }> {
  const sessionToken = crypto.randomBytes(24).toString("hex");
  await db.session.create({
    data: {
      sessionToken,
      userId,
      expires: new Date(Date.now() + 3600_000),
      activeOrganizationId: activeOrganizationId ?? null,
    },
  });
  const actor = await actorForSessionToken(sessionToken);
  if (!actor) throw new Error("factory: user has no organization to act for");
  return { ...actor, sessionToken };
}

/** An organization of `kind` with one person of `role`, signed in. */
export async function actorOf(kind: OrgKind, role: OrgRole = "ADMIN", affiliations: Affiliation[] = []) {
  const org = await createOrganization({ kind, affiliations });
  const user = await createUser({ organizationId: org.id, role });
  return { org, user, actor: await signInAs(user.id) };
}

/** The six personas of the authorization matrix, freshly minted. */
export async function matrixWorld() {
  const memberA = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
  const memberB = await actorOf("MUNICIPALITY", "ADMIN");
  const vendorX = await actorOf("VENDOR", "ADMIN");
  const vendorY = await actorOf("VENDOR", "ADMIN");
  const staff = await actorOf("COOPERATIVE", "ADMIN");
  return { anonymous: null, memberA, memberB, vendorX, vendorY, staff };
}
