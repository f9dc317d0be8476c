// A fee past its due day reads as overdue, not "Pending payment": on the member's membership page and dashboard, the
// staff membership page, directory and dashboard. Due days are calendar dates compared as the cooperative's day.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { overdueSince } from "@/lib/services/memberships/rules";
import { getOwnMemberships } from "@/lib/services/memberships/get-own-memberships";
import { getMembershipForStaff } from "@/lib/services/memberships/get-membership-for-staff";
import { getMembershipTotals } from "@/lib/services/memberships/membership-totals";
import { MembershipStatusBadge } from "@/components/memberships/membership-status";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";
import { actorOf } from "../factories";
import { createMembershipRow } from "../factories/memberships";

const dueNov19 = {
  status: "PENDING_PAYMENT",
  feeDueCents: 150_00,
  paidAt: null,
  dueAt: calendarDateToDb("2026-11-19"),
};

describe("the overdue rule", () => {
  it("a fee due Nov 19 is overdue from Nov 20, not on the day itself", () => {
    expect(overdueSince(dueNov19, "2026-11-19")).toBeNull();
    expect(overdueSince(dueNov19, "2026-11-20")).toBe("2026-11-19");
    expect(overdueSince(dueNov19, "2027-03-01")).toBe("2026-11-19");
  });

  it("a paid, free, active or cancelled fee is never overdue; a lapsed one is", () => {
    const later = "2026-12-01";
    expect(overdueSince({ ...dueNov19, paidAt: new Date("2026-11-25T15:00:00Z") }, later)).toBeNull();
    expect(overdueSince({ ...dueNov19, feeDueCents: 0 }, later)).toBeNull();
    expect(overdueSince({ ...dueNov19, status: "ACTIVE" }, later)).toBeNull();
    expect(overdueSince({ ...dueNov19, status: "CANCELLED" }, later)).toBeNull();
    expect(overdueSince({ ...dueNov19, status: "LAPSED" }, later)).toBe("2026-11-19");
  });

  it("the day is Connecticut's: at 10 pm on Nov 19 in Hartford (Nov 20 in UTC) the fee is not overdue yet", () => {
    expect(overdueSince(dueNov19, todayInCooperative(new Date("2026-11-20T03:00:00Z")))).toBeNull();
    expect(overdueSince(dueNov19, todayInCooperative(new Date("2026-11-20T05:30:00Z")))).toBe("2026-11-19");
  });

  it("the badge says since when in red instead of Pending payment", () => {
    const html = renderToStaticMarkup(
      createElement(MembershipStatusBadge, { membership: { status: "PENDING_PAYMENT", overdueSince: "2026-11-19" } }),
    );
    expect(html).toContain("Overdue since Nov 19, 2026");
    expect(html).not.toContain("Pending payment");
    expect(html).toContain("text-red-900");
    const onTime = renderToStaticMarkup(
      createElement(MembershipStatusBadge, { membership: { status: "PENDING_PAYMENT", overdueSince: null } }),
    );
    expect(onTime).toContain("Pending payment");
  });
});

describe("pages read the overdue state from the services", () => {
  it("the member's membership, the staff view and the staff dashboard count show a fee due Nov 19 as overdue", async () => {
    const { org, actor } = await actorOf("LIBRARY", "ADMIN");
    const { actor: staff } = await actorOf("COOPERATIVE", "ADMIN");
    const now = new Date("2026-11-30T17:00:00Z");
    const m = await createMembershipRow(org.id, {
      feeDueCents: 150_00,
      fiscalYear: 2027,
      dueAt: calendarDateToDb("2026-11-19"),
    });

    const own = await getOwnMemberships({ actor, now });
    expect(own.current?.overdueSince).toBe("2026-11-19");
    expect((await getMembershipForStaff({ actor: staff, input: { id: m.id }, now })).overdueSince).toBe("2026-11-19");
    const onDueDay = new Date("2026-11-19T20:00:00Z");
    expect((await getOwnMemberships({ actor, now: onDueDay })).current?.overdueSince).toBeNull();

    const totals = await getMembershipTotals({ actor: staff, now });
    const before = await getMembershipTotals({ actor: staff, now: onDueDay });
    expect(totals.overdue).toBeGreaterThanOrEqual(1);
    expect(totals.overdue).toBeGreaterThan(before.overdue);
  });
});
