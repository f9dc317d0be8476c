"use client";
// The request builder, for a new request or a draft: quantities per schedule line with a running total (display
// only; the server prices every line again). A new request carries the idempotency key generated when the page
// opened; a draft carries its id.
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action";
import { formatCents } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ScrollTable } from "@/components/ui/scroll-table";

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
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const [qty, setQty] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.id, String(initial?.quantities[l.id] ?? "")])),
  );
  const total = lines.reduce((sum, l) => sum + l.unitPriceCents * (Number.parseInt(qty[l.id] || "0", 10) || 0), 0);
  const v = (name: "poNumber" | "neededBy" | "notes") => failed?.values?.[name] ?? initial?.[name] ?? "";
  const fieldError = (name: string) => failed?.fieldErrors?.[name]?.join(" ");
  const input = "rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {failed && (
        <Alert tone="error" title={initial ? "The draft was not saved" : "The request was not sent"}>
          <p>{failed.error}</p>
        </Alert>
      )}
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ScrollTable
        framed
        caption="Price schedule: enter a quantity for each line you need"
        captionClassName="p-2 text-left font-semibold"
        columns={[
          { label: "Item" },
          { label: "Unit" },
          { label: "Unit price", align: "right" },
          { label: "Quantity" },
          { label: "Line total", align: "right" },
        ]}
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
        {lines.map((l) => {
          const q = Number.parseInt(qty[l.id] || "0", 10) || 0;
          return (
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
                  className={`${input} w-24`}
                />
              </td>
              <td className="p-2 text-right whitespace-nowrap">{formatCents(l.unitPriceCents * q)}</td>
            </tr>
          );
        })}
      </ScrollTable>
      {/* on a narrow screen the table scrolls sideways: the total stays in sight (the table's own cell is announced) */}
      <p className="font-semibold md:hidden" aria-hidden="true">
        Estimated total: {formatCents(total)}
      </p>
      {fieldError("lines") && <p className="text-sm text-red-800">{fieldError("lines")}</p>}
      {approvalNote && <Alert tone="info">{approvalNote}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="req-po" className="font-medium">
            Your purchase order number (optional)
          </label>
          <input
            key={`po-${v("poNumber")}`}
            id="req-po"
            name="poNumber"
            defaultValue={v("poNumber")}
            maxLength={60}
            className={input}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="req-needed" className="font-medium">
            Needed by (optional)
          </label>
          <input
            key={`nb-${v("neededBy")}`}
            id="req-needed"
            name="neededBy"
            type="date"
            defaultValue={v("neededBy")}
            className={input}
            aria-describedby={fieldError("neededBy") ? "req-needed-error" : undefined}
          />
          {fieldError("neededBy") && (
            <p id="req-needed-error" className="text-sm text-red-800">
              {fieldError("neededBy")}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="req-notes" className="font-medium">
          Notes for the vendor (optional)
        </label>
        <textarea
          key={`notes-${v("notes")}`}
          id="req-notes"
          name="notes"
          rows={4}
          defaultValue={v("notes")}
          maxLength={4000}
          className={input}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {pending ? "Sending…" : "Submit request"}
        </Button>
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
          {initial ? "Save draft" : "Save as draft"}
        </Button>
      </div>
    </form>
  );
}
