import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_STATUS_LABEL } from "@/lib/labels";

const TONE: Record<MembershipStatus, string> = {
  ACTIVE: "bg-green-100 text-green-900 border-green-700",
  PENDING_PAYMENT: "bg-amber-50 text-amber-900 border-amber-700",
  LAPSED: "bg-red-50 text-red-900 border-red-700",
  CANCELLED: "bg-slate-100 text-slate-900 border-slate-600",
};

export function MembershipStatusBadge({ status }: { status: MembershipStatus }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>
      {MEMBERSHIP_STATUS_LABEL[status]}
    </span>
  );
}
