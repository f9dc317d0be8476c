// The navigation each side of the portal sees. Links only to pages the person may open.
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/assert";

export type NavItem = { href: string; label: string };

export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ href: "/dashboard", label: "Dashboard" }];
  items.push({ href: "/organization", label: actor.side === "staff" ? "Cooperative team" : "My organization" });
  // programs and contracts
  if (can(actor, "programs.manage")) items.push({ href: "/staff/programs", label: "Programs" });
  else if (can(actor, "programs.view"))
    items.push({ href: "/programs", label: actor.side === "vendor" ? "Solicitations" : "Programs" });
  items.push({ href: "/contracts", label: "Contracts" });
  if (actor.side === "vendor") {
    items.push(
      { href: "/vendor/contracts", label: "My contracts" },
      { href: "/vendor/proposals", label: "My proposals" },
      { href: "/vendor/pilot-issues", label: "Pilot issues" },
    );
  }
  // memberships, fees and payments
  if (can(actor, "membership.view.own")) items.push({ href: "/membership", label: "Membership" });
  if (can(actor, "requests.view.own")) items.push({ href: "/requests", label: "Purchase requests" });
  if (can(actor, "requests.inbox")) items.push({ href: "/vendor/requests", label: "Request inbox" });
  if (can(actor, "requests.view.all")) items.push({ href: "/staff/requests", label: "Purchase requests" });
  if (can(actor, "organizations.view.all")) items.push({ href: "/staff/organizations", label: "Organizations" });
  if (can(actor, "memberships.applications.review")) items.push({ href: "/staff/applications", label: "Applications" });
  if (can(actor, "payments.view.all")) items.push({ href: "/staff/payments", label: "Payments" });
  if (can(actor, "fees.schedule.manage")) items.push({ href: "/staff/fee-schedules", label: "Fee schedules" });
  if (can(actor, "audit.view.all")) items.push({ href: "/staff/audit", label: "Audit log" });
  return items;
}

export const SIDE_LABEL = { member: "Member", vendor: "Vendor", staff: "Cooperative staff" } as const;
