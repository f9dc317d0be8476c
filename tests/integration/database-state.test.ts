// What the private cache asks PostgreSQL before reusing a page (server/database-state.mjs), against the real
// database: the snapshot moves with every write, reads take no transaction id, and sessions end when they end.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
// @ts-expect-error: plain JavaScript module of the production server, without type declarations
import { createDatabaseState } from "@/server/database-state.mjs";
import { createOrganization, createUser, signInAs } from "../factories";

const state = createDatabaseState(process.env.DATABASE_URL) as {
  databaseState: (cookieValues: string[]) => Promise<{ snapshot: string; live: boolean }>;
  end: () => Promise<void>;
};
afterAll(() => state.end());

describe("database state for the private cache", () => {
  it("a committed write changes the snapshot", async () => {
    const org = await createOrganization();
    const before = (await state.databaseState([])).snapshot;
    await db.organization.update({ where: { id: org.id }, data: { name: `${org.name} (renamed)` } });
    expect((await state.databaseState([])).snapshot).not.toBe(before);
  });

  it("reading takes no transaction id, so a page that only reads leaves the snapshot as it was", async () => {
    const org = await createOrganization();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT count(*) FROM "PurchaseRequest" r JOIN "Organization" o ON o.id = r."organizationId"`);
      expect((await client.query("SELECT pg_current_xact_id_if_assigned() AS xid")).rows[0].xid).toBeNull();
      await client.query(`UPDATE "Organization" SET "updatedAt" = now() WHERE id = $1`, [org.id]);
      expect((await client.query("SELECT pg_current_xact_id_if_assigned() AS xid")).rows[0].xid).not.toBeNull();
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });

  it("a session is live while it exists and has not expired, whatever else the cookie header holds", async () => {
    const org = await createOrganization();
    const actor = await signInAs((await createUser({ organizationId: org.id })).id);
    expect((await state.databaseState([actor.sessionToken])).live).toBe(true);
    expect((await state.databaseState(["other-cookie", actor.sessionToken])).live).toBe(true);
    expect((await state.databaseState(["not-a-session"])).live).toBe(false);
    await db.session.update({
      where: { sessionToken: actor.sessionToken },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect((await state.databaseState([actor.sessionToken])).live).toBe(false);
    await db.session.delete({ where: { sessionToken: actor.sessionToken } });
    expect((await state.databaseState([actor.sessionToken])).live).toBe(false);
  });
});
