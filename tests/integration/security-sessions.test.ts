// Removing a person from an organization ends their sessions: an old cookie must not act for it again, not even after
// the person is invited back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorForSessionToken } from "@/lib/auth/session";
import { removeUser } from "@/lib/services/organizations/remove-user";
import { createOrganization, createUser, signInAs } from "../factories";

describe("removal ends sessions", () => {
  it("after removal and re-invitation, the old session cookie grants nothing", async () => {
    const org = await createOrganization();
    const admin = await signInAs((await createUser({ organizationId: org.id, role: "ADMIN" })).id, org.id);
    const person = await createUser({ organizationId: org.id, role: "PURCHASING" });
    const old = await signInAs(person.id, org.id);
    expect((await actorForSessionToken(old.sessionToken))?.organization.id).toBe(org.id);

    await removeUser({ actor: admin, input: { userId: person.id } });
    expect(await actorForSessionToken(old.sessionToken)).toBeNull();

    // invited back within the session's lifetime: the old cookie stays dead
    await db.organizationUser.create({ data: { organizationId: org.id, userId: person.id, role: "PURCHASING" } });
    expect(await actorForSessionToken(old.sessionToken)).toBeNull();
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    const event = await db.auditEvent.findFirst({
      where: { action: "organization.user_removed", organizationId: org.id },
    });
    expect(event?.after).toEqual({ sessionsEnded: 1 });
  });

  it("a person in two organizations keeps the session acting for the other one, which cannot switch back", async () => {
    const town = await createOrganization();
    const schools = await createOrganization();
    const admin = await signInAs((await createUser({ organizationId: schools.id, role: "ADMIN" })).id, schools.id);
    const person = await createUser({ organizationId: town.id, role: "IT_LEAD" });
    await db.organizationUser.create({ data: { organizationId: schools.id, userId: person.id, role: "ADMIN" } });
    const actingForSchools = await signInAs(person.id, schools.id);
    const actingForTown = await signInAs(person.id, town.id);

    await removeUser({ actor: admin, input: { userId: person.id } });
    expect(await actorForSessionToken(actingForSchools.sessionToken)).toBeNull();
    const still = await actorForSessionToken(actingForTown.sessionToken);
    expect(still?.organization.id).toBe(town.id);
    expect(still?.organizations.map((o) => o.id)).toEqual([town.id]);
  });
});
