// A membership's status as a badge: its label, or, for an unpaid fee past its due day, "Overdue" with that day
// (the rule is `overdueSince` in lib/services/memberships/rules.ts; the caller passes its result).
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/input/date";
import { formatCalendarDate } from "@/lib/format";
import { MEMBERSHIP_STATUS_LABEL } from "@/lib/labels";

const TONE: Record<MembershipStatus | "OVERDUE", string> = {
  ACTIVE: "bg-green-100 text-green-900 border-green-700",
  PENDING_PAYMENT: "bg-amber-50 text-amber-900 border-amber-700",
  OVERDUE: "bg-red-100 text-red-900 border-red-800 font-semibold",
  LAPSED: "bg-red-50 text-red-900 border-red-700",
  CANCELLED: "bg-slate-100 text-slate-900 border-slate-600",
};

/** What a membership's status reads as: "Overdue since Nov 19, 2026" when pending payment past its due day. */
export function membershipStatusText(m: { status: MembershipStatus; overdueSince: CalendarDate | null }): string {
  if (m.status === "PENDING_PAYMENT" && m.overdueSince) return `Overdue since ${formatCalendarDate(m.overdueSince)}`;
  return MEMBERSHIP_STATUS_LABEL[m.status];
}

/** The status as a coloured badge; an overdue fee is red and says since when. */
export function MembershipStatusBadge({
  membership,
}: {
  membership: { status: MembershipStatus; overdueSince: CalendarDate | null };
}) {
  const overdue = membership.status === "PENDING_PAYMENT" && membership.overdueSince;
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[overdue ? "OVERDUE" : membership.status]}`}
    >
      {overdue && <span aria-hidden="true">! </span>}
      {membershipStatusText(membership)}
    </span>
  );
}
