import Link from "next/link";

export function DemoBanner() {
  return (
    <div
      className="no-print bg-amber-200 px-4 py-2 text-center text-sm text-amber-950"
      role="note"
      aria-label="Demo mode"
    >
      <strong>Demo portal.</strong> Sample data only; sign-in emails are not sent but shown in the{" "}
      <Link href="/dev/mailbox" className="text-amber-950">
        demo mailbox
      </Link>
      .
    </div>
  );
}
