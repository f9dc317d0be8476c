// Sign-in's raw statements: the session lookup that runs on every signed-in request, and spending a sign-in link.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { sql } from "@/lib/db/queries/statement";
import { parseFirst } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { OrgKind, OrgRole } from "@/lib/generated/prisma/enums";

const SessionRow = z.object({
  sessionId: z.string(),
  expires: z.date(),
  activeOrganizationId: z.string().nullable(),
  userId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(OrgRole).nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  slug: z.string().nullable(),
  kind: z.enum(OrgKind).nullable(),
});
export type SessionRow = z.infer<typeof SessionRow>;

/**
 * The session with this token, its user and each of the user's organizations (one row per membership; the
 * organization columns are null when the user has none), in one statement. No rows when there is no such session.
 */
export async function sessionRows(token: string): Promise<SessionRow[]> {
  return sql(
    SessionRow,
    Prisma.sql`
    SELECT s."id" AS "sessionId", s."expires", s."activeOrganizationId", u."id" AS "userId", u."email", u."name",
           ou."role"::text AS "role", o."id" AS "orgId", o."name" AS "orgName", o."slug", o."kind"::text AS "kind"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "OrganizationUser" ou ON ou."userId" = u."id"
    LEFT JOIN "Organization" o ON o."id" = ou."organizationId"
    WHERE s."sessionToken" = ${token}`,
  );
}

const VerificationToken = z.object({ identifier: z.string(), token: z.string(), expires: z.date() });
export type VerificationTokenRow = z.infer<typeof VerificationToken>;

/**
 * Deletes the sign-in link's token and returns it, or null when it was not there. DELETE … RETURNING is atomic:
 * of two concurrent uses of one link, only one gets the row.
 */
export async function consumeVerificationToken(
  identifier: string,
  token: string,
): Promise<VerificationTokenRow | null> {
  const rows = await db.$queryRaw<unknown[]>`
    DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token}
    RETURNING "identifier", "token", "expires"`;
  return parseFirst(VerificationToken, rows);
}
