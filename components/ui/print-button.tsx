"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (print or save as PDF); the button itself is left off the printout. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
