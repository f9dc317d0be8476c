"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const SCALES = [
  ["quality", "Quality of the product or work"],
  ["timeliness", "Timeliness"],
  ["support", "Support and communication"],
  ["value", "Value for the price"],
] as const;

export function RatingForm<T>({
  action,
  requestId,
}: {
  action: (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>;
  requestId: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {failed && <Alert tone="error">{failed.error}</Alert>}
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {SCALES.map(([name, label]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`rate-${name}`} className="font-medium">
              {label}
            </label>
            <select
              key={`${name}-${failed?.values?.[name] ?? ""}`}
              id={`rate-${name}`}
              name={name}
              defaultValue={failed?.values?.[name] ?? ""}
              aria-invalid={failed?.fieldErrors?.[name] ? true : undefined}
              className="rounded-md border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">Choose 1 to 5</option>
              <option value="5">5: excellent</option>
              <option value="4">4: good</option>
              <option value="3">3: acceptable</option>
              <option value="2">2: poor</option>
              <option value="1">1: very poor</option>
            </select>
            {failed?.fieldErrors?.[name] && (
              <p className="text-sm text-red-800">{failed.fieldErrors[name].join(" ")}</p>
            )}
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="rate-comment" className="font-medium">
          Comment (optional)
        </label>
        <textarea
          key={`c-${failed?.values?.comment ?? ""}`}
          id="rate-comment"
          name="comment"
          rows={3}
          defaultValue={failed?.values?.comment ?? ""}
          className="rounded-md border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Rate the vendor"}
        </Button>
      </div>
    </form>
  );
}
