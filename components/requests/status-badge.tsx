import { REQUEST_STATUS_LABEL } from "@/lib/labels";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<PurchaseRequestStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 border-slate-400",
  PENDING_APPROVAL: "bg-amber-50 text-amber-900 border-amber-600",
  SUBMITTED: "bg-brand-50 text-brand-900 border-brand-600",
  ACKNOWLEDGED: "bg-brand-50 text-brand-900 border-brand-600",
  ACCEPTED: "bg-green-50 text-green-900 border-green-700",
  FULFILLED: "bg-green-100 text-green-900 border-green-800",
  DECLINED: "bg-red-50 text-red-900 border-red-700",
  CANCELLED: "bg-slate-100 text-slate-800 border-slate-500",
};

export function StatusBadge({ status }: { status: PurchaseRequestStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm ${TONE[status]}`}>
      {REQUEST_STATUS_LABEL[status]}
    </span>
  );
}
