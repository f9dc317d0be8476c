// Demo mode shows every sign-in link to anyone (/dev/mailbox), so it runs only on a database that holds demo data
// alone. Such a database is recognized by a marker: an audit event the demo seed (prisma/seed.ts) records when it
// loads an empty database (or the embedded one `npm start` made for the demo). A database that had people in it before
// the seed ran never gets the marker. Plain Node.js with the pg driver: the production server checks at start-up.
import pg from "pg";

/** The action of the marker event. */
export const DEMO_DATA_MARKER = "demo.data_loaded";

/** Why demo mode may not run on the database at `databaseUrl`, as sentences a person can act on; null when it may. */
export async function demoDatabaseProblem(databaseUrl: string | undefined): Promise<string | null> {
  const fix =
    "Demo mode (PORTAL_DEMO=1) shows every sign-in link to anyone, so it runs only on a database loaded by the demo " +
    "seed. Unset PORTAL_DEMO to run on this database, or point DATABASE_URL at a new, empty database and run " +
    "`PORTAL_SEED=1 npm start` (or `npm start` without DATABASE_URL for the embedded demo database).";
  if (!databaseUrl) return `DATABASE_URL is not set. ${fix}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ marked: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "AuditEvent" WHERE "action" = $1) AS marked`,
      [DEMO_DATA_MARKER],
    );
    return rows[0]?.marked ? null : `This database holds data the demo seed did not load. ${fix}`;
  } catch (error) {
    return `Could not check the database for demo data (${error instanceof Error ? error.message : String(error)}). ${fix}`;
  } finally {
    await client.end().catch(() => {});
  }
}
