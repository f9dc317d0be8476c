"use client";
// The request builder, for a new request or a draft: quantities per schedule line with a running total (display
// only; the server prices every line again). A new request carries the idempotency key generated when the page
// opened; a draft carries its id.
import { useState } from "react";
import type { ActionState } from "@/lib/action";
import { formatCents } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { ActionForm, SubmitButton } from "@/components/ui/form";
import { controlClass } from "@/components/ui/field";
import { ScrollTable, type Column } from "@/components/ui/scroll-table";

const COLUMNS: Column[] = [
  { label: "Item" },
  { label: "Unit" },
  { label: "Unit price", align: "right" },
  { label: "Quantity" },
  { label: "Line total", align: "right" },
];

type Line = { id: string; itemCode: string; description: string; unit: string; unitPriceCents: number };

/** What the form starts with: nothing for a new request, what a draft says for a draft. */
export type RequestFormValues = {
  quantities: Record<string, number>;
  poNumber: string;
  neededBy: string;
  notes: string;
};

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  /** Hidden fields: `{ contractId, idempotencyKey }` for a new request, `{ requestId }` for a draft. */
  target: Record<string, string>;
  lines: Line[];
  approvalNote: string | null;
  initial?: RequestFormValues;
};

export function RequestForm<T>({ action, target, lines, approvalNote, initial }: Props<T>) {
  const [qty, setQty] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.id, String(initial?.quantities[l.id] ?? "")])),
  );
  const count = (id: string) => Number.parseInt(qty[id] || "0", 10) || 0;
  const total = lines.reduce((sum, l) => sum + l.unitPriceCents * count(l.id), 0);
  return (
    <ActionForm
      action={action}
      hidden={target}
      errorTitle={initial ? "The draft was not saved" : "The request was not sent"}
      fields={[
        {
          columns: 2,
          fields: [
            {
              name: "poNumber",
              label: "Your purchase order number (optional)",
              maxLength: 60,
              defaultValue: initial?.poNumber,
            },
            { name: "neededBy", label: "Needed by (optional)", type: "date", defaultValue: initial?.neededBy },
          ],
        },
        {
          name: "notes",
          label: "Notes for the vendor (optional)",
          type: "textarea",
          rows: 4,
          maxLength: 4000,
          defaultValue: initial?.notes,
        },
      ]}
      submitLabel="Submit request"
      buttons={
        <>
          <SubmitButton name="intent" value="submit" pendingLabel="Sending…">
            Submit request
          </SubmitButton>
          <SubmitButton name="intent" value="draft" variant="secondary">
            {initial ? "Save draft" : "Save as draft"}
          </SubmitButton>
        </>
      }
    >
      <ScrollTable
        framed
        caption="Price schedule: enter a quantity for each line you need"
        captionClassName="p-2 text-left font-semibold"
        columns={COLUMNS}
        footer={
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" colSpan={4} className="p-2 text-right">
              Estimated total
            </th>
            <td className="p-2 text-right whitespace-nowrap" aria-live="polite">
              {formatCents(total)}
            </td>
          </tr>
        }
      >
        {lines.map((l) => (
          <tr key={l.id} className="border-t border-slate-200">
            <td className="p-2">
              {l.description}
              <span className="block text-xs text-slate-700">{l.itemCode}</span>
            </td>
            <td className="p-2">{l.unit}</td>
            <td className="p-2 text-right whitespace-nowrap">{formatCents(l.unitPriceCents)}</td>
            <td className="p-2">
              <label htmlFor={`qty-${l.id}`} className="sr-only">
                Quantity of {l.description}
              </label>
              <input
                id={`qty-${l.id}`}
                name={`qty_${l.id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100000}
                step={1}
                value={qty[l.id]}
                onChange={(e) => setQty((s) => ({ ...s, [l.id]: e.target.value }))}
                className={`${controlClass} w-24`}
              />
            </td>
            <td className="p-2 text-right whitespace-nowrap">{formatCents(l.unitPriceCents * count(l.id))}</td>
          </tr>
        ))}
      </ScrollTable>
      {/* on a narrow screen the table scrolls sideways: the total stays in sight (the table's own cell is announced) */}
      <p className="font-semibold md:hidden" aria-hidden="true">
        Estimated total: {formatCents(total)}
      </p>
      {approvalNote && <Alert tone="info">{approvalNote}</Alert>}
    </ActionForm>
  );
}
