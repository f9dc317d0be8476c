// Who sees which contract, and which parts. The public sees contracts in PILOT and PROGRAM; members also
// see retired ones, their prices, documents and pilot issue logs; a vendor sees its own contracts in full.
import type { Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/input/date";

/** What every view of one contract reads: its number, title, summary, category, stage, term and vendor. */
export const CONTRACT_FACTS = {
  id: true,
  number: true,
  title: true,
  summary: true,
  category: true,
  status: true,
  termStart: true,
  termEnd: true,
  renewalOptions: true,
  vendorOrganizationId: true,
} as const satisfies Prisma.ContractSelect;

const CATALOG_STATUSES: ProgramStage[] = ["PILOT", "PROGRAM"];

export function contractVisibleTo(actor: Actor | null, c: { status: ProgramStage; vendorOrganizationId: string }) {
  if (CATALOG_STATUSES.includes(c.status)) return true;
  if (!actor) return false;
  if (actor.side === "staff") return true;
  if (actor.side === "vendor") return c.vendorOrganizationId === actor.organization.id;
  return c.status === "RETIRED";
}

/**
 * Whether a contract's term is over on `today` ("YYYY-MM-DD", the cooperative's date): its last day, `termEnd` (a
 * calendar date, or the Date a date column reads as; an exercised renewal moves it), is before today.
 */
export function termIsOver(termEnd: Date | CalendarDate, today: CalendarDate): boolean {
  return (typeof termEnd === "string" ? termEnd : calendarDateFromDb(termEnd)) < today;
}

/** How far ahead staff are told that a contract's term ends (the staff dashboard). */
export const ENDING_WITHIN_DAYS = 90;

/** Prices, documents and the pilot issue log: members, staff and the contract's own vendor. */
export function seesMemberParts(actor: Actor | null, c: { vendorOrganizationId: string }) {
  if (!actor) return false;
  return actor.side !== "vendor" || c.vendorOrganizationId === actor.organization.id;
}

/** Pilot participants pay the subsidised pilot price while the contract is in PILOT. */
export function pricesAsPilot(status: ProgramStage, isPilotParticipant: boolean) {
  return status === "PILOT" && isPilotParticipant;
}

export function unitPriceCents(line: { contractPriceCents: number; pilotPriceCents: number | null }, asPilot: boolean) {
  return asPilot && line.pilotPriceCents !== null ? line.pilotPriceCents : line.contractPriceCents;
}

/** Whose purchases may be priced from a contract: any member in PROGRAM, pilot participants in PILOT; staff any;
 * a vendor only its own. */
export function mayPriceFrom(
  actor: Actor,
  status: ProgramStage,
  vendorOrganizationId: string,
  isPilotParticipant: boolean,
) {
  if (actor.side === "staff") return true;
  if (actor.side === "vendor") return vendorOrganizationId === actor.organization.id;
  if (status === "PROGRAM") return true;
  return status === "PILOT" && isPilotParticipant;
}
