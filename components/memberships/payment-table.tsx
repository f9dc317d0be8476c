// Membership payments as one table: the member's own, one membership's (staff), and the whole ledger (staff).
import Link from "next/link";
import type { PaymentMethod, PaymentStatus } from "@/lib/generated/prisma/enums";
import { formatCents, formatDate } from "@/lib/format";
import { PAYMENT_METHOD_LABEL, PAYMENT_STATUS_LABEL, receiptLabel } from "@/lib/labels";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";

/** One payment; `organization`, `fiscalYear` and `date` show only in the tables that have those columns. */
export type PaymentRow = {
  id: string;
  status: PaymentStatus;
  method: PaymentMethod;
  receiptNumber: number;
  reference: string | null;
  amountCents: number;
  fiscalYear?: number;
  organization?: { name: string; href: string };
  date?: Date;
};

type Props = {
  rows: PaymentRow[];
  caption: string;
  show: { organization?: boolean; fiscalYear?: boolean; reference?: boolean; date?: boolean };
  framed?: boolean;
};

/** Payments with their receipt links (a receipt exists once a payment succeeded); amounts in dollars. */
export function PaymentTable({ rows, caption, show, framed }: Props) {
  return (
    <ScrollTable
      framed={framed}
      caption={caption}
      columns={[
        "Receipt",
        show.organization === true && "Organization",
        show.fiscalYear === true && "Year",
        "Method",
        show.reference === true && "Reference",
        "Status",
        show.date === true && "Date",
        numeric("Amount"),
      ]}
      rows={rows.map((p) => ({
        key: p.id,
        cells: [
          p.status === "SUCCEEDED" ? (
            <Link href={`/membership/receipts/${p.id}`}>{receiptLabel(p.receiptNumber)}</Link>
          ) : (
            "—"
          ),
          p.organization && <Link href={p.organization.href}>{p.organization.name}</Link>,
          `FY${p.fiscalYear}`,
          PAYMENT_METHOD_LABEL[p.method],
          p.reference ?? "—",
          PAYMENT_STATUS_LABEL[p.status],
          p.date && formatDate(p.date),
          formatCents(p.amountCents),
        ],
      }))}
    />
  );
}
