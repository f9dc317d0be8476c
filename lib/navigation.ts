// The navigation each side of the portal sees. Links only to pages the person may open.
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/assert";

export type NavItem = { href: string; label: string };

export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ href: "/dashboard", label: "Dashboard" }];
  items.push({ href: "/organization", label: actor.side === "staff" ? "Cooperative team" : "My organization" });
  if (can(actor, "organizations.view.all")) items.push({ href: "/staff/organizations", label: "Organizations" });
  if (can(actor, "audit.view.all")) items.push({ href: "/staff/audit", label: "Audit log" });
  return items;
}

export const SIDE_LABEL = { member: "Member", vendor: "Vendor", staff: "Cooperative staff" } as const;
