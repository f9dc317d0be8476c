// The health check's statement: the cheapest round trip that proves the database answers.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseFirst } from "@/lib/db/rows";

const Ping = z.object({ ok: z.literal(1) });

/** Resolves when PostgreSQL answers `SELECT 1`; rejects with the driver's error (or a ZodError) otherwise. */
export async function pingDatabase(): Promise<void> {
  parseFirst(Ping, await db.$queryRaw<unknown[]>`SELECT 1::int AS ok`);
}
