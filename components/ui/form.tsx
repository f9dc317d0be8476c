"use client";
// The one form kit: a form bound to a server action (`formAction` in lib/action.ts), described by its fields. It
// keeps what was typed when the action fails, marks each field's error, and opens an error summary that takes focus.
import { useActionState, useEffect, useId, useRef, type ButtonHTMLAttributes, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/action";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, FieldSet, HiddenInputs, flatFields, type FieldItem, type FieldSpec } from "@/components/ui/field";

type Failed = Extract<NonNullable<ActionState>, { ok: false }>;

export type ActionFormProps<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  /** Fields (or groups of fields) in order, after `children`. */
  fields?: FieldItem[];
  /** Fixed values sent with the form, one hidden input each. */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** What the submit button says while the action runs; "Working…" unless told. */
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** Replaces the single submit button, e.g. two `SubmitButton`s with `name="intent"`. */
  buttons?: ReactNode;
  /** The error summary's heading; the action's message follows it. Without it the message is the heading. */
  errorTitle?: string;
  /** Custom parts of the form, drawn before the fields (e.g. a table of quantities). */
  children?: ReactNode;
  layout?: "stack" | "inline";
  "aria-label"?: string;
};

/** A form for one server action. The action's `fieldErrors` and `values` (ActionState) drive errors and kept values. */
export function ActionForm<T>(props: ActionFormProps<T>) {
  const { action, fields = [], hidden, submitLabel, pendingLabel, variant = "primary", layout = "stack" } = props;
  const [state, formAction] = useActionState<ActionState<T>, FormData>(action, null);
  const prefix = useId();
  const failed = state && !state.ok ? state : null;
  const idOf = (f: FieldSpec) => f.id ?? `${prefix}-${f.name}`;
  const renderField = ({ confirmation, ...f }: FieldSpec) => {
    const value = failed?.values ? (failed.values[f.name] ?? "") : f.defaultValue;
    const asked = failed?.fieldErrors?.[f.name]?.join(" ");
    if (confirmation) {
      // ticked, it sends the confirmed field's value as typed when the action asked
      const of = failed?.values?.[confirmation] ?? "";
      return asked ? <Field key={`${f.name}:${asked}`} {...f} label={asked} id={idOf(f)} checkedValue={of} /> : null;
    }
    // keyed by what it shows: after a failed submit the field is drawn again with what was typed
    return (
      <Field
        key={`${f.name}:${failed ? "kept" : "default"}:${value ?? ""}`}
        {...f}
        id={idOf(f)}
        value={value}
        errors={failed?.fieldErrors?.[f.name]}
      />
    );
  };
  const inline = layout === "inline";
  return (
    <form
      action={formAction}
      aria-label={props["aria-label"]}
      className={inline ? "flex flex-wrap items-end gap-2" : "flex flex-col gap-3"}
      noValidate
    >
      {failed && <ErrorSummary failed={failed} title={props.errorTitle} fields={flatFields(fields)} idOf={idOf} />}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      <HiddenInputs values={hidden} />
      {props.children}
      {fields.map((f, i) => ("fields" in f ? <FieldSet key={i} group={f} render={renderField} /> : renderField(f)))}
      <div className="flex flex-wrap gap-3">
        {props.buttons ?? (
          <SubmitButton variant={variant} pendingLabel={pendingLabel ?? "Working…"}>
            {submitLabel}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

/**
 * The failed action's message and, for each field in error, a link that moves focus to the field (its error is
 * the link's description). Errors of names that are not fields of the form are listed as text. Takes focus.
 */
export function ErrorSummary({
  failed,
  title,
  fields,
  idOf,
}: {
  failed: Failed;
  title?: string;
  fields: FieldSpec[];
  idOf: (f: FieldSpec) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [failed]);
  const errors = Object.entries(failed.fieldErrors ?? {}).filter(([, messages]) => messages.length);
  return (
    <Alert ref={ref} focusable tone="error" title={title ?? failed.error}>
      {title && <p>{failed.error}</p>}
      {errors.length > 0 && (
        <ul className="list-disc pl-5">
          {errors.map(([name, messages]) => {
            const field = fields.find((f) => f.name === name);
            if (!field) return messages.map((m) => <li key={`${name}:${m}`}>{m}</li>);
            const id = idOf(field);
            return (
              <li key={name}>
                <a
                  href={`#${id}`}
                  aria-describedby={field.confirmation ? undefined : `${id}-error`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {field.label}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}

/** A submit button that is disabled, and may say `pendingLabel`, while its form's action runs. */
export function SubmitButton({
  pendingLabel,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
