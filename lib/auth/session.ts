// Every read of the signed-in session goes through here (pages, actions, route handlers).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionRows } from "@/lib/db/queries/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { pickActiveOrganization, sideOf, type Actor } from "@/lib/authz/actor";

export async function sessionTokenFromCookies(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

// Runs on every signed-in request, so it is one SQL statement rather than a nested ORM query.
export async function actorForSessionToken(token: string): Promise<Actor | null> {
  const rows = await sessionRows(token);
  const first = rows[0];
  if (!first || first.expires.getTime() < Date.now()) return null;
  const orgs = rows
    .filter((r) => r.orgId && r.orgName && r.slug && r.kind && r.role)
    .map((r) => ({ id: r.orgId!, name: r.orgName!, slug: r.slug!, kind: r.kind!, role: r.role! }));
  const active = pickActiveOrganization(orgs, first.activeOrganizationId);
  if (!active) return null; // a person with no organization has nothing to act for
  return {
    userId: first.userId,
    email: first.email,
    name: first.name,
    sessionId: first.sessionId,
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
