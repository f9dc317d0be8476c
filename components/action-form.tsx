"use client";
// A form for one server action, described by its fields: labels, hints, errors and typed values kept on failure.
import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type FormField = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "number" | "date" | "datetime-local" | "email" | "hidden";
  hint?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  rows?: number;
  required?: boolean;
};

export function ActionForm<T>({
  action,
  fields,
  submitLabel,
  variant = "primary",
}: {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  fields: FormField[];
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const formId = useId();
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {failed && (
        <Alert tone="error" title={failed.error}>
          {failed.fieldErrors &&
          Object.keys(failed.fieldErrors).some((k) => !fields.some((f) => f.name === k && f.type !== "hidden")) ? (
            <ul className="list-disc pl-5">
              {Object.entries(failed.fieldErrors)
                .filter(([k]) => !fields.some((f) => f.name === k && f.type !== "hidden"))
                .flatMap(([, errs]) => errs)
                .map((e) => (
                  <li key={e}>{e}</li>
                ))}
            </ul>
          ) : null}
        </Alert>
      )}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {fields.map((f) => {
        const id = `${formId}-${f.name}`;
        const value = failed?.values?.[f.name] ?? f.defaultValue ?? "";
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
        const errors = failed?.fieldErrors?.[f.name];
        const describedBy =
          [f.hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          name: f.name,
          "aria-invalid": errors?.length ? true : undefined,
          "aria-describedby": describedBy,
          required: f.required,
          className: "rounded-md border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700",
        };
        // keyed by the failed state so a failed submit shows what was typed
        const k = `${f.name}-${failed ? JSON.stringify(failed.values?.[f.name] ?? "") : "initial"}`;
        return (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-medium">
              {f.label}
            </label>
            {f.hint && (
              <p id={`${id}-hint`} className="text-sm text-slate-600">
                {f.hint}
              </p>
            )}
            {f.type === "textarea" ? (
              <textarea key={k} {...common} rows={f.rows ?? 4} defaultValue={value} />
            ) : f.type === "select" ? (
              <select key={k} {...common} defaultValue={value}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input key={k} {...common} type={f.type ?? "text"} defaultValue={value} />
            )}
            {errors?.length ? (
              <p id={`${id}-error`} className="text-sm text-red-800">
                {errors.join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Working…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
