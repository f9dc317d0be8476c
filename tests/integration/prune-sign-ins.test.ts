// Expired sign-in links and sessions are deleted by the daily housekeeping; live ones stay.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pruneExpiredSignIns } from "@/lib/auth/prune";
import { createOrganization, createUser, signInAs } from "../factories";

describe("pruning expired sign-ins", () => {
  it("deletes links and sessions past their expiry and keeps the live ones", async () => {
    const org = await createOrganization();
    const person = await createUser({ organizationId: org.id });
    const live = await signInAs(person.id, org.id);
    const old = await signInAs(person.id, org.id);
    const now = new Date();
    const hourAgo = new Date(now.getTime() - 3600_000);
    const inAnHour = new Date(now.getTime() + 3600_000);
    await db.session.update({ where: { sessionToken: old.sessionToken }, data: { expires: hourAgo } });
    const identifier = `prune-${org.id}@example.org`;
    await db.verificationToken.createMany({
      data: [
        { identifier, token: `expired-${org.id}`, expires: hourAgo },
        { identifier, token: `live-${org.id}`, expires: inAnHour },
      ],
    });

    const pruned = await pruneExpiredSignIns(now);
    expect(pruned.tokens).toBeGreaterThanOrEqual(1);
    expect(pruned.sessions).toBeGreaterThanOrEqual(1);
    const tokens = await db.verificationToken.findMany({ where: { identifier }, select: { token: true } });
    expect(tokens.map((t) => t.token)).toEqual([`live-${org.id}`]);
    const sessions = await db.session.findMany({ where: { userId: person.id }, select: { sessionToken: true } });
    expect(sessions.map((s) => s.sessionToken)).toEqual([live.sessionToken]);
  });
});
