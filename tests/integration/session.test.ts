import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorForSessionToken } from "@/lib/auth/session";
import { signOut } from "@/lib/services/session/sign-out";
import { switchOrganization } from "@/lib/services/session/switch-organization";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { createOrganization, createUser, signInAs } from "../factories";

describe("sessions", () => {
  it("a person in two organizations switches between them; the choice is stored on the session", async () => {
    const town = await createOrganization({ kind: "MUNICIPALITY", name: "Town of Testbury" });
    const schools = await createOrganization({ kind: "BOARD_OF_EDUCATION", name: "Testbury Public Schools" });
    const user = await createUser({ organizationId: town.id, role: "IT_LEAD" });
    await db.organizationUser.create({ data: { organizationId: schools.id, userId: user.id, role: "ADMIN" } });
    const actor = await signInAs(user.id, town.id);
    expect(actor.organization.id).toBe(town.id);
    expect(actor.role).toBe("IT_LEAD");
    await switchOrganization({ actor, input: { organizationId: schools.id } });
    const after = await actorForSessionToken(actor.sessionToken);
    expect(after?.organization.id).toBe(schools.id);
    expect(after?.role).toBe("ADMIN");
    const audit = await db.auditEvent.findFirst({
      where: { action: "session.switch_organization", entityId: actor.sessionId },
    });
    expect(audit?.organizationId).toBe(schools.id);
  });

  it("cannot switch to an organization the person does not belong to", async () => {
    const mine = await createOrganization();
    const other = await createOrganization();
    const actor = await signInAs((await createUser({ organizationId: mine.id })).id);
    await expect(switchOrganization({ actor, input: { organizationId: other.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(switchOrganization({ actor: null, input: { organizationId: mine.id } })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it("sign-out deletes the session on the server, so the old cookie no longer works", async () => {
    const org = await createOrganization();
    const actor = await signInAs((await createUser({ organizationId: org.id })).id);
    await signOut({ sessionToken: actor.sessionToken });
    expect(await actorForSessionToken(actor.sessionToken)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign_out", entityId: actor.sessionId } })).toBe(1);
  });

  it("an expired session is no session", async () => {
    const org = await createOrganization();
    const actor = await signInAs((await createUser({ organizationId: org.id })).id);
    await db.session.update({
      where: { sessionToken: actor.sessionToken },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await actorForSessionToken(actor.sessionToken)).toBeNull();
  });
});
