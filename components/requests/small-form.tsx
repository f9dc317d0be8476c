"use client";
// One button (with an optional text area) bound to a server action; errors and success are announced.
import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  hidden: Record<string, string>;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  text?: { name: string; label: string; hint?: string; required?: boolean; rows?: number };
};

export function SmallForm<T>({ action, hidden, submitLabel, variant = "primary", text }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const id = useId();
  const failed = state && !state.ok ? state : null;
  const errors = text ? failed?.fieldErrors?.[text.name] : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {failed && <Alert tone="error">{failed.error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {text && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="font-medium">
            {text.label}
          </label>
          {text.hint && (
            <p id={`${id}-hint`} className="text-sm text-slate-700">
              {text.hint}
            </p>
          )}
          <textarea
            key={failed ? `failed-${failed.values?.[text.name] ?? ""}` : "initial"}
            id={`${id}-text`}
            name={text.name}
            rows={text.rows ?? 3}
            required={text.required}
            defaultValue={failed?.values?.[text.name] ?? ""}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={
              [text.hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined
            }
            className="rounded-md border border-slate-500 bg-white px-3 py-2"
          />
          {errors?.length ? (
            <p id={`${id}-error`} className="text-sm text-red-800">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
      )}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Working…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
