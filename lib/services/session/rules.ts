// Pure session rules: who a person is once they act for another of their organizations, and which page they land on.
import { sideOf, type Actor, type ActorOrganization } from "@/lib/authz/actor";
import { navigationFor } from "@/lib/navigation";
import { isSignedInPath } from "@/lib/routes";

/** The person as they act for `organization` (one of `actor.organizations`): its side and their role there. */
export function actingFor(actor: Actor, organization: ActorOrganization): Actor {
  return { ...actor, organization, side: sideOf(organization.kind), role: organization.role };
}

// Pages below these sections show records every organization of a side may open (a program and its documents);
// anything else below a section belongs to one organization (its request, its receipt) and is not kept.
const SHARED_RECORD_PREFIXES = ["/programs/"];

/** `text` as a path and query of this site ("/requests?status=open"), or null for anything else (another origin). */
function localPath(text: string | undefined): URL | null {
  if (!text || !text.startsWith("/") || text.startsWith("//") || text.startsWith("/\\")) return null;
  try {
    const url = new URL(text, "http://portal.invalid");
    return url.origin === "http://portal.invalid" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The page a person goes to after switching from `before` to `after` (the same person acting for another
 * organization): `returnTo` (a path and query of this site) when the new organization may open it, a public page,
 * one of its navigation's sections, or a shared record (a program) when the side stays the same; else "/dashboard".
 */
export function pageAfterSwitch(returnTo: string | undefined, before: Actor, after: Actor): string {
  const url = localPath(returnTo);
  if (!url) return "/dashboard";
  const kept = `${url.pathname}${url.search}`;
  if (!isSignedInPath(url.pathname)) return kept;
  const sections = navigationFor(after).map((item) => item.href);
  if (sections.includes(url.pathname)) return kept;
  const shared = SHARED_RECORD_PREFIXES.some(
    (prefix) => url.pathname.startsWith(prefix) && sections.some((s) => prefix.startsWith(`${s}/`)),
  );
  return shared && before.side === after.side ? kept : "/dashboard";
}
