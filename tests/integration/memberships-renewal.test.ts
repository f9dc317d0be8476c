// The daily renewal command: next year's memberships at rollover, reminders before the due
// date, lapses after grace; running it again the same day changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runMembershipRenewal } from "@/lib/services/memberships/run-renewal";
import { getPurchaseEligibility } from "@/lib/services/memberships/internal/purchase-eligibility";
import { fiscalYearStart } from "@/lib/format";
import { actorOf } from "../factories";
import { createMembershipRow, ensureFeeSchedule } from "../factories/memberships";

// A past year: other test files share the database, and a later "now" would remind or lapse
// their memberships; in 2000-2001 the job sees only what this file creates.
const FY = 2001;
const day = (iso: string) => new Date(`${iso}T14:00:00Z`);

describe("memberships:renew", () => {
  it("renews every member into next year per the schedule, sends reminders once, lapses after grace", async () => {
    await ensureFeeSchedule(FY - 1);
    await db.feeSchedule.upsert({
      where: { fiscalYear: FY },
      create: { fiscalYear: FY, independentFeeCents: 300_00, libraryFeeCents: 175_00, gracePeriodDays: 20 },
      update: { independentFeeCents: 300_00, libraryFeeCents: 175_00, gracePeriodDays: 20 },
    });
    const library = await actorOf("LIBRARY", "ADMIN");
    const town = await actorOf("MUNICIPALITY", "ADMIN", ["COST"]);
    const gone = await actorOf("MUNICIPALITY", "ADMIN");
    await createMembershipRow(library.org.id, { fiscalYear: FY - 1, status: "ACTIVE", feeDueCents: 150_00 });
    await createMembershipRow(town.org.id, { fiscalYear: FY - 1, status: "ACTIVE", feeDueCents: 0 });
    await createMembershipRow(gone.org.id, { fiscalYear: FY - 1, status: "CANCELLED" });

    // 45 days before July 1: inside the 60-day lead window, and the 30-day reminder is not due yet
    const may = new Date(fiscalYearStart(FY).getTime() - 45 * 86_400_000);
    const first = await runMembershipRenewal({ now: may });
    expect(first.renewed).toBeGreaterThanOrEqual(2);
    const lib = await db.membership.findUniqueOrThrow({
      where: { organizationId_fiscalYear: { organizationId: library.org.id, fiscalYear: FY } },
    });
    expect(lib).toMatchObject({ status: "PENDING_PAYMENT", feeDueCents: 175_00, isRenewal: true });
    // a calendar date: July 1, read as midnight UTC of that day
    expect(lib.dueAt).toEqual(new Date(`${FY - 1}-07-01T00:00:00Z`));
    const cost = await db.membership.findUniqueOrThrow({
      where: { organizationId_fiscalYear: { organizationId: town.org.id, fiscalYear: FY } },
    });
    expect(cost).toMatchObject({ status: "ACTIVE", feeDueCents: 0, feeBasis: ["COST"] });
    expect(await db.membership.count({ where: { organizationId: gone.org.id, fiscalYear: FY } })).toBe(0);
    expect(
      await db.emailMessage.count({
        where: { to: library.user.email, subject: `Your FY${FY} cooperative membership` },
      }),
    ).toBe(1);

    // idempotent: the same day again changes nothing
    const again = await runMembershipRenewal({ now: may });
    expect(again.renewed).toBe(0);
    expect(await db.membership.count({ where: { organizationId: library.org.id, fiscalYear: FY } })).toBe(1);

    const reminders = () =>
      db.emailMessage.count({ where: { to: library.user.email, subject: { startsWith: `Reminder: your FY${FY}` } } });
    const june10 = day(`${FY - 1}-06-10`);
    await runMembershipRenewal({ now: june10 });
    await runMembershipRenewal({ now: june10 });
    expect(await reminders()).toBe(1);
    const june27 = day(`${FY - 1}-06-27`);
    await runMembershipRenewal({ now: june27 });
    await runMembershipRenewal({ now: june27 });
    expect(await reminders()).toBe(2);

    // after July 1 the renewal is overdue but inside grace: still eligible, one overdue notice
    const july5 = day(`${FY - 1}-07-05`);
    await runMembershipRenewal({ now: july5 });
    expect(await reminders()).toBe(3);
    expect(await getPurchaseEligibility(library.org.id, july5)).toEqual({ eligible: true });

    // 20 grace days later it lapses, once, and the member is told why it cannot request
    const july25 = day(`${FY - 1}-07-25`);
    const lapse = await runMembershipRenewal({ now: july25 });
    expect(lapse.lapsed).toBeGreaterThanOrEqual(1);
    expect((await runMembershipRenewal({ now: july25 })).lapsed).toBe(0);
    expect((await db.membership.findUniqueOrThrow({ where: { id: lib.id } })).status).toBe("LAPSED");
    expect(await getPurchaseEligibility(library.org.id, july25)).toMatchObject({
      eligible: false,
      reason: expect.stringContaining("lapsed"),
    });
    expect(await db.auditEvent.count({ where: { entityId: lib.id, action: "membership.lapsed" } })).toBe(1);
  });

  it("without next year's schedule nobody is renewed, and the summary says so", async () => {
    const now = new Date(fiscalYearStart(2004).getTime() - 10 * 86_400_000);
    const summary = await runMembershipRenewal({ now });
    expect(summary.skippedYears).toContain(2004);
  });
});
