// Random calendar dates that do not exist, for property tests of the one calendar-date parser and every form and
// route that takes a date.
import fc from "fast-check";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** Days that do not exist, the kinds people and systems send: month 0 or 13+, day 0, a day past the month's end. */
export const impossibleDay = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1900, max: 2999 }),
      m: fc.integer({ min: 13, max: 99 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .record({ y: fc.integer({ min: 1900, max: 2999 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, d }) => `${y}-00-${pad(d)}`),
  fc
    .record({ y: fc.integer({ min: 1900, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${pad(m)}-00`),
  fc
    .record({
      y: fc.integer({ min: 1900, max: 2999 }),
      m: fc.integer({ min: 1, max: 12 }),
      extra: fc.integer({ min: 1, max: 68 }),
    })
    .map(({ y, m, extra }) => `${y}-${pad(m)}-${pad(daysIn(y, m) + extra)}`),
  fc.constantFrom(4, 6, 9, 11).map((m) => `2026-${pad(m)}-31`),
  fc
    .integer({ min: 1900, max: 2999 })
    .filter((y) => !isLeap(y))
    .map((y) => `${y}-02-29`),
  fc.string({ minLength: 1 }).filter((s) => s.trim() !== "" && !/\d/.test(s)),
);
