// Who is acting: a signed-in user, the organization they act for, and their role there.
import type { OrgKind, OrgRole } from "@/lib/generated/prisma/enums";
import type { Side } from "@/lib/authz/permissions";

export type ActorOrganization = { id: string; name: string; slug: string; kind: OrgKind; role: OrgRole };

export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  sessionId: string;
  organization: ActorOrganization;
  side: Side;
  role: OrgRole;
  /** Every organization the person belongs to, for the switcher. */
  organizations: ActorOrganization[];
};

export function sideOf(kind: OrgKind): Side {
  if (kind === "VENDOR") return "vendor";
  if (kind === "COOPERATIVE") return "staff";
  return "member";
}

const SIDE_ORDER: Record<Side, number> = { staff: 0, member: 1, vendor: 2 };

/** The organization a session acts for: the one it chose, else a stable default. */
export function pickActiveOrganization(orgs: ActorOrganization[], chosenId: string | null): ActorOrganization | null {
  const chosen = orgs.find((o) => o.id === chosenId);
  if (chosen) return chosen;
  const sorted = [...orgs].sort(
    (a, b) => SIDE_ORDER[sideOf(a.kind)] - SIDE_ORDER[sideOf(b.kind)] || a.name.localeCompare(b.name),
  );
  return sorted[0] ?? null;
}

/** What a service verb takes: who acts (null when no one is signed in; the verb's assertCan refuses) and its input. */
export type VerbArgs<Input> = { actor: Actor | null; input: Input };

/** A verb's args with the clock it reads (`now`, the current time unless a test sets it). */
export type TimedVerbArgs<Input> = VerbArgs<Input> & { now?: Date };
