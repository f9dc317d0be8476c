// Pure program rules: who sees a program at which stage, price schedules, criteria, open solicitations.
import { parseMoney } from "@/lib/input/money";
import { cleanText } from "@/lib/input/text";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import type { ProgramStage } from "@/lib/generated/prisma/enums";
import { stageIndex } from "./stage-rules";
import { formatDateTime } from "@/lib/format";

/** Staff and members see every program; vendors from SOLICITATION on. */
export function programVisibleTo(actor: Actor, stage: ProgramStage) {
  if (actor.side !== "vendor") return true;
  return stageIndex(stage) >= stageIndex("SOLICITATION");
}

export type PriceScheduleLine = {
  itemCode: string;
  description: string;
  unit: string;
  priceCents: number;
  pilotPriceCents: number | null;
  listPriceCents: number | null;
};

/** A typed dollar amount in cents, or null when the one money parser (lib/input/money.ts) refuses it. */
export function dollarsToCents(text: string): number | null {
  const result = parseMoney(text);
  return result.ok ? result.cents : null;
}

/** Parses the schedule; returns the lines or the problems, each naming its line number. */
export function parsePriceSchedule(text: string): { lines: PriceScheduleLine[]; errors: string[] } {
  const lines: PriceScheduleLine[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const cells = raw.split("|").map((c) => cleanText(c));
    const n = i + 1;
    if (cells.length < 4 || cells.length > 6)
      return void errors.push(`Line ${n}: expected 4 to 6 cells separated by "|".`);
    const [itemCode, description, unit, price, pilot = "", list = ""] = cells;
    if (!itemCode || itemCode.length > 40)
      return void errors.push(`Line ${n}: the item code is missing or longer than 40 characters.`);
    if (seen.has(itemCode)) return void errors.push(`Line ${n}: item code ${itemCode} appears twice.`);
    if (!description || !unit) return void errors.push(`Line ${n}: give a description and a unit.`);
    if (description.length > 300) return void errors.push(`Line ${n}: the description is longer than 300 characters.`);
    if (unit.length > 40) return void errors.push(`Line ${n}: the unit is longer than 40 characters.`);
    const priceCents = dollarsToCents(price);
    const pilotPriceCents = pilot ? dollarsToCents(pilot) : null;
    const listPriceCents = list ? dollarsToCents(list) : null;
    if (priceCents === null || (pilot && pilotPriceCents === null) || (list && listPriceCents === null)) {
      return void errors.push(`Line ${n}: prices must be dollar amounts such as 1,250.00.`);
    }
    seen.add(itemCode);
    lines.push({
      itemCode,
      description,
      unit,
      priceCents,
      pilotPriceCents,
      listPriceCents,
    });
  });
  if (!lines.length && !errors.length) errors.push("Give at least one priced line.");
  return { lines, errors };
}

/** The cooperative's usual weighted criteria; staff adjust them before evaluation. */
export const DEFAULT_CRITERIA = [
  { name: "Technical approach", weight: 35 },
  { name: "Price", weight: 30 },
  { name: "Experience with Connecticut municipalities", weight: 20 },
  { name: "Support and implementation", weight: 15 },
];

export function slugifyTitle(title: string) {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "program"
  );
}

export const MAX_SCORE = 10;

export function assertOpen(program: { stage: string; proposalDueAt: Date | null }, now = new Date()) {
  if (program.stage !== "SOLICITATION") throw new ConflictError("This solicitation is not open.");
  if (!program.proposalDueAt || now >= program.proposalDueAt) {
    throw new ConflictError(
      `Proposals were due ${program.proposalDueAt ? formatDateTime(program.proposalDueAt) : "already"}; the solicitation no longer accepts them.`,
    );
  }
}
