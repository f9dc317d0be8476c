// Every amount a person types goes through the one money parser: the offline payment, the fee schedule, prices.
import { describe, expect, it } from "vitest";
import { RecordOfflinePaymentInput } from "@/lib/services/payments/schemas";
import { SaveFeeScheduleInput } from "@/lib/services/fees/schemas";
import { dollarsToCents, parsePriceSchedule } from "@/lib/services/programs/rules";

const payment = (amount: string) =>
  RecordOfflinePaymentInput.safeParse({
    membershipId: "m1",
    method: "CHECK",
    amount,
    reference: "Check 1042",
    receivedOn: "2026-11-02",
  });

describe("amounts typed into forms", () => {
  it("refuse a payment of 150,00 instead of recording $15,000.00, saying what to type", () => {
    const r = payment("150,00");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Use a dot for cents: type 150.00, not 150,00.");
    expect(payment("1.234,56").error?.issues[0].message).toContain("1,234.56");
  });

  it("read a payment typed the US way, with or without a dollar sign and thousands commas", () => {
    expect(payment("$1,234.56").data?.amount).toBe(123456);
    expect(payment("150").data?.amount).toBe(15000);
    expect(payment("0").success).toBe(false);
  });

  it("read fee schedule amounts with the same parser; an empty kind fee is no fee of its own", () => {
    const base = { fiscalYear: "2027", gracePeriodDays: "30" };
    expect(SaveFeeScheduleInput.parse({ ...base, independentFee: "250", libraryFee: "" })).toMatchObject({
      independentFee: 25000,
      libraryFee: null,
    });
    expect(SaveFeeScheduleInput.safeParse({ ...base, independentFee: "250,00" }).success).toBe(false);
    expect(SaveFeeScheduleInput.safeParse({ ...base, independentFee: "" }).success).toBe(false);
  });

  it("read price schedules and thresholds with the same parser", () => {
    expect(dollarsToCents("10,000")).toBe(1_000_000);
    expect(dollarsToCents("129,00")).toBeNull();
    expect(parsePriceSchedule("AP6 | Wi-Fi 6 access point | each | 129,00").errors).toHaveLength(1);
    expect(parsePriceSchedule("AP6 | Wi-Fi 6 access point | each | $1,129.00").lines[0].priceCents).toBe(112900);
  });
});
