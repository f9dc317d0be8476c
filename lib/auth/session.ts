// Every read of the signed-in session goes through here (pages, actions, route handlers).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { pickActiveOrganization, sideOf, type Actor } from "@/lib/authz/actor";

export async function sessionTokenFromCookies(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

export async function actorForSessionToken(token: string): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: {
      id: true,
      expires: true,
      activeOrganizationId: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          organizations: {
            select: { role: true, organization: { select: { id: true, name: true, slug: true, kind: true } } },
          },
        },
      },
    },
  });
  if (!session || session.expires.getTime() < Date.now()) return null;
  const orgs = session.user.organizations.map((m) => ({ ...m.organization, role: m.role }));
  const active = pickActiveOrganization(orgs, session.activeOrganizationId);
  if (!active) return null; // a person with no organization has nothing to act for
  return {
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name,
    sessionId: session.id,
    organization: active,
    side: sideOf(active.kind),
    role: active.role,
    organizations: orgs.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The signed-in actor for this request, or null. Cached for the request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionTokenFromCookies();
  return token ? actorForSessionToken(token) : null;
});

/** For route handlers and actions: the actor, or an UnauthenticatedError (401). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** For pages: the actor, or a redirect to sign-in that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
