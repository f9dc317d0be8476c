// Property tests of the fee rule (DESIGN.md): sponsors pay nothing; independents pay their
// kind's amount if the schedule sets one, else the independent default; never negative.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { feeDueCents, MEMBER_KINDS, type FeeScheduleAmounts } from "@/lib/services/fees/rules";
import { decideEligibility } from "@/lib/services/memberships/rules";

const cents = fc.integer({ min: 0, max: 1_000_000 });
const schedule: fc.Arbitrary<FeeScheduleAmounts> = fc.record({
  independentFeeCents: cents,
  municipalityFeeCents: fc.option(cents, { nil: null }),
  boardOfEducationFeeCents: fc.option(cents, { nil: null }),
  libraryFeeCents: fc.option(cents, { nil: null }),
  otherPublicFeeCents: fc.option(cents, { nil: null }),
});
const kind = fc.constantFrom(...MEMBER_KINDS);
const sponsors = fc.uniqueArray(fc.constantFrom("CRCOG", "CRPC", "COST" as const), { minLength: 1, maxLength: 3 });
const KIND_FIELD = {
  MUNICIPALITY: "municipalityFeeCents",
  BOARD_OF_EDUCATION: "boardOfEducationFeeCents",
  LIBRARY: "libraryFeeCents",
  OTHER_PUBLIC: "otherPublicFeeCents",
} as const;

describe("fee rule", () => {
  it("any sponsor affiliation, any kind, any schedule (or none): no fee", () => {
    fc.assert(fc.property(fc.option(schedule, { nil: null }), kind, sponsors, (s, k, a) => feeDueCents(s, k, a) === 0));
  });

  it("an independent pays its kind's amount when the schedule sets one, else the independent fee", () => {
    fc.assert(
      fc.property(schedule, kind, (s, k) => {
        const own = s[KIND_FIELD[k]];
        expect(feeDueCents(s, k, [])).toBe(own ?? s.independentFeeCents);
      }),
    );
  });

  it("the fee never depends on the order or repetition of affiliations, and is never negative", () => {
    fc.assert(
      fc.property(
        schedule,
        kind,
        fc.array(fc.constantFrom("CRCOG", "CRPC", "COST" as const), { maxLength: 6 }),
        (s, k, a) => {
          const fee = feeDueCents(s, k, a);
          expect(fee).toBeGreaterThanOrEqual(0);
          expect(feeDueCents(s, k, [...a].reverse())).toBe(fee);
        },
      ),
    );
  });

  it("changing another kind's amount never changes this kind's fee", () => {
    fc.assert(
      fc.property(schedule, kind, kind, fc.option(cents, { nil: null }), (s, k, other, amount) => {
        fc.pre(k !== other);
        expect(feeDueCents({ ...s, [KIND_FIELD[other]]: amount }, k, [])).toBe(feeDueCents(s, k, []));
      }),
    );
  });

  it("vendors and the cooperative are not members and owe no fee", () => {
    expect(() =>
      feeDueCents(
        {
          independentFeeCents: 100,
          municipalityFeeCents: null,
          boardOfEducationFeeCents: null,
          libraryFeeCents: null,
          otherPublicFeeCents: null,
        },
        "VENDOR",
        [],
      ),
    ).toThrow();
  });
});

describe("eligibility rule", () => {
  const at = new Date("2026-11-22T15:00:00Z");
  const base = {
    feeDueCents: 25000,
    // calendar dates, as a date column reads them; grace runs through Dec 1 in Connecticut
    dueAt: new Date("2026-07-01T00:00:00Z"),
    graceEndsAt: new Date("2026-12-01T00:00:00Z"),
  };
  it("active is eligible; no membership, lapsed and cancelled are not, each with a reason and an action", () => {
    expect(decideEligibility({ ...base, status: "ACTIVE", isRenewal: false }, 2027, at)).toEqual({ eligible: true });
    for (const m of [
      null,
      { ...base, status: "LAPSED", isRenewal: true },
      { ...base, status: "CANCELLED", isRenewal: true },
    ]) {
      const r = decideEligibility(m, 2027, at);
      expect(r.eligible).toBe(false);
      if (!r.eligible) expect(r.reason.length * r.action.length).toBeGreaterThan(0);
    }
  });
  it("an unpaid renewal works until its grace period ends; an unpaid new member pays first", () => {
    expect(decideEligibility({ ...base, status: "PENDING_PAYMENT", isRenewal: true }, 2027, at).eligible).toBe(true);
    expect(
      decideEligibility({ ...base, status: "PENDING_PAYMENT", isRenewal: true }, 2027, new Date("2026-12-02T12:00:00Z"))
        .eligible,
    ).toBe(false);
    const fresh = decideEligibility({ ...base, status: "PENDING_PAYMENT", isRenewal: false }, 2027, at);
    expect(fresh).toMatchObject({ eligible: false, reason: expect.stringContaining("$250.00") });
  });
});
