import { formatCents, formatDate } from "@/lib/format";
import { requestNumberLabel } from "@/lib/labels";
import type { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { EmptyState } from "@/components/ui/card";
import type { ListInput } from "@/lib/services/requests/list-requests";
import { RequestRows, type RequestListRow } from "./request-rows";
import { listHref } from "./list-filters";

export type RequestRow = {
  id: string;
  number: number;
  status: PurchaseRequestStatus;
  totalCents: number;
  poNumber: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  organization: { id: string; name: string };
  vendorOrganization: { name: string };
  contract: { number: string; title: string };
};

type Props = {
  rows: RequestRow[];
  caption: string;
  show: { organization?: boolean; vendor?: boolean };
  empty: string;
  /** The list these rows are on: each organization's name then links to the same list filtered to it. */
  list?: { action: string; values: ListInput };
};

/** A list of requests; which columns show depends on who is looking. */
export function RequestTable({ rows, caption, show, empty, list }: Props) {
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  const bySubmission = show.organization && !show.vendor; // the vendor's inbox: when the request reached them
  const listed: RequestListRow[] = rows.map((r) => {
    const when = bySubmission ? r.submittedAt : r.createdAt;
    return {
      id: r.id,
      label: requestNumberLabel(r.number),
      poNumber: r.poNumber,
      organization: r.organization.name,
      organizationHref:
        list && !list.values.organizationId
          ? listHref(list.action, list.values, { organizationId: r.organization.id })
          : null,
      contractTitle: r.contract.title,
      contractNumber: r.contract.number,
      vendor: r.vendorOrganization.name,
      status: r.status,
      total: formatCents(r.totalCents),
      date: when ? formatDate(when) : "—",
    };
  });
  return (
    <RequestRows rows={listed} caption={caption} show={show} dateHeading={bySubmission ? "Submitted" : "Created"} />
  );
}

/** "12 requests", or "more than 1,000 requests" when the capped count hit its cap. */
export function countLabel(total: number | null, cap: number): string | null {
  if (total === null) return null;
  if (total > cap) return `More than ${cap.toLocaleString("en-US")} requests`;
  return `${total.toLocaleString("en-US")} request${total === 1 ? "" : "s"}`;
}
