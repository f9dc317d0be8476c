/** How to pay without the online checkout; staff record these payments and issue a receipt. */
export function OfflineInstructions({
  organizationName,
  fiscalYear,
}: {
  organizationName: string;
  fiscalYear: number;
}) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      <li>
        <strong>Check:</strong> payable to &ldquo;Capitol Region Council of Governments&rdquo;, memo &ldquo;IT
        Cooperative FY{fiscalYear} – {organizationName}&rdquo;, mailed to CRCOG, 241 Main Street, Hartford, CT 06106.
      </li>
      <li>
        <strong>ACH:</strong> ask cooperative staff for CRCOG&apos;s remittance details; include your
        organization&apos;s name.
      </li>
      <li>
        <strong>Purchase order:</strong> email your PO to cooperative staff; we invoice against it.
      </li>
    </ul>
  );
}
