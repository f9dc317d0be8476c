// The demo-data marker (lib/db/queries/demo-data.ts): recorded once, when the seed loads a database that had no people.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_DATA_MARKER } from "../../lib/db/queries/demo-data";

/** Whether the database has no people yet: call before seeding, pass the answer to markDemoData after. */
export async function databaseIsEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** Records the marker when `loadedIntoEmptyDatabase` and it is not there yet (idempotent). */
export async function markDemoData(db: PrismaClient, loadedIntoEmptyDatabase: boolean): Promise<void> {
  if (!loadedIntoEmptyDatabase) return;
  if (await db.auditEvent.findFirst({ where: { action: DEMO_DATA_MARKER }, select: { id: true } })) return;
  await db.auditEvent.create({
    data: {
      actorUserId: null,
      organizationId: null,
      action: DEMO_DATA_MARKER,
      entityType: "Database",
      after: { note: "The demo seed loaded this database while it was empty: demo mode may run on it." },
    },
  });
}
