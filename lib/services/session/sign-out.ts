import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { actorForSessionToken } from "@/lib/auth/session";

/** Deletes the session row, so the cookie is dead everywhere, not just in this browser. */
// eslint-disable-next-line portal/assert-can-first -- anyone holding a session may end it; the token is the authority
export async function signOut({ sessionToken }: { sessionToken: string }) {
  const actor = await actorForSessionToken(sessionToken);
  await db.$transaction(async (tx) => {
    const deleted = await tx.session.deleteMany({ where: { sessionToken } });
    if (deleted.count && actor) {
      await recordAudit(tx, actor, {
        action: "auth.sign_out",
        entity: ["Session", actor.sessionId],
      });
    }
  });
}
