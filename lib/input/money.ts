// Amounts people type (fees, payments, prices, thresholds, estimated values) become whole cents here.
// US notation only: a comma groups thousands and a dot starts the cents. "150,00" and "1.234,56" are the
// European way of writing amounts; read as US text they would be 100 times or 1,000 times off, so they are
// refused with a message that says what to type rather than guessed.
import { optionalField, requiredField, type FieldParser } from "./field";

export type MoneyResult = { ok: true; cents: number } | { ok: false; message: string };

const US_AMOUNT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
const MAX_CENTS = 1_000_000_000_00; // one billion dollars: beyond any amount this portal records

/**
 * Parses "1,234.56", "$1,234.56", "1234.5", " 250 " or "USD 250" into cents (123456, 123456, 123450, 25000,
 * 25000). Refuses, with a message naming what to type: decimal commas ("150,00", "1.234,56"), more than two
 * digits of cents, misplaced thousands commas ("12,34"), negative or parenthesized amounts, and amounts over
 * one billion dollars. Source of the rule: the portal's "money typed the European way" fault.
 */
export function parseMoney(text: string): MoneyResult {
  const value = text
    .trim()
    .replace(/^(usd|us\$|\$)\s*/i, "")
    .replace(/\s+/g, "");
  if (value === "") return { ok: false, message: "Enter an amount in dollars, such as 1,234.56." };
  if (/^[-(]|\)$/.test(value)) return { ok: false, message: "Enter the amount without a minus sign or brackets." };
  if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(value) || /^\d+,\d{1,2}$/.test(value))
    return { ok: false, message: `Use a dot for cents: type ${usHint(value)}, not ${text.trim()}.` };
  if (!US_AMOUNT.test(value))
    return { ok: false, message: "Enter an amount in dollars, such as 1,234.56 (a dot before the cents)." };
  const [whole, fraction = ""] = value.replace(/,/g, "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS)
    return { ok: false, message: "That amount is too large; check the number of digits." };
  return { ok: true, cents };
}

function usHint(european: string): string {
  const [whole, fraction] = european.split(",");
  return `${Number(whole.replace(/\./g, "")).toLocaleString("en-US")}.${fraction.padEnd(2, "0")}`;
}

const readCents: FieldParser<number> = (v, refuse) => {
  const result = parseMoney(v);
  return result.ok ? result.cents : refuse(result.message);
};

/** A zod field for a required amount: text in, cents out; refusals carry `parseMoney`'s message. */
export const moneyField = requiredField(readCents, "Enter an amount.");

/** `moneyField` where an empty value means "no amount" (`null`). */
export const optionalMoneyField = optionalField(readCents, null);
