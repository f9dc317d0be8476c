// Demo mode's mailbox: the outbox, readable in the browser. Callers check env.demoMode.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";

function assertDemo() {
  if (!env.demoMode) throw new NotFoundError();
}

export async function recentEmails(limit = 50) {
  assertDemo();
  return db.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

/** The newest sign-in link sent to `email`, as a path on this portal. */
export async function latestSignInPath(email: string): Promise<string | null> {
  assertDemo();
  const message = await db.emailMessage.findFirst({
    where: { to: email.toLowerCase(), subject: { startsWith: "Your sign-in link" } },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  const url = message?.text.match(/https?:\/\/\S+\/sign-in\/confirm\?\S+/)?.[0];
  if (!url) return null;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
