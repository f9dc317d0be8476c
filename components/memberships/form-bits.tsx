// Small accessible form pieces the membership forms share (a select, a textarea, a result line).
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/action";

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  errors?: string[];
  children: ReactNode;
};

export function SelectField({ label, name, errors, id, children, ...rest }: SelectProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {/* keyed by its default: React's form reset after an action would otherwise show the first default again */}
      <select
        key={String(rest.defaultValue ?? "")}
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${inputId}-error` : undefined}
        className="rounded-md border border-slate-500 bg-white px-3 py-2"
        {...rest}
      >
        {children}
      </select>
      {errors?.length ? (
        <p id={`${inputId}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type AreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; errors?: string[] };

export function TextAreaField({ label, name, errors, id, ...rest }: AreaProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      <textarea
        id={inputId}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${inputId}-error` : undefined}
        className="rounded-md border border-slate-500 bg-white px-3 py-2"
        {...rest}
      />
      {errors?.length ? (
        <p id={`${inputId}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function ActionResult({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) return state.message ? <Alert tone="success">{state.message}</Alert> : null;
  return <Alert tone="error">{state.error}</Alert>;
}

export function failedOf<T>(state: ActionState<T>) {
  return state && !state.ok ? state : null;
}
