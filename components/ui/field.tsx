// The form kit's fields: one labelled control with its hint and error, described as data. Server-safe (no hooks):
// ActionForm (components/ui/form.tsx) and FilterForm render the same pieces.
import type { InputHTMLAttributes, ReactNode } from "react";

/** One field: `name` is the FormData key; `defaultValue` is what it shows before anything is typed. */
export type FieldSpec = {
  name: string;
  label: string;
  type?:
    "text" | "textarea" | "select" | "number" | "date" | "datetime-local" | "email" | "url" | "tel" | "search" | Choice;
  hint?: string;
  /** For a checkbox, "on" means checked. */
  defaultValue?: string;
  /** Choices of a select or radio group: a list, or a label table (value -> label) in its order. */
  options?: Option[] | Record<string, string>;
  /** A first choice with the value "" (e.g. "Any", "Choose one"). */
  empty?: string;
  rows?: number;
  required?: boolean;
  id?: string;
  /** Classes for the field's wrapper, e.g. a grid column span. */
  className?: string;
  /**
   * A checkbox the action asks for before it goes ahead (e.g. "Record $1,500.00 although $150.00 is due"): an
   * ActionForm draws it only once the action's errors name it, labelled by that error. The value is the name of the
   * field it confirms: when ticked, it sends that field's value as typed when the action asked, so the action can
   * refuse a confirmation of a value that has changed since.
   */
  confirmation?: string;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "inputMode" | "autoComplete" | "placeholder" | "maxLength" | "min" | "max"
>;

type Choice = "checkbox" | "radio" | "file";
type Option = { value: string; label: string };

/** Fields under a legend (a plain block without one); `columns: 2` sets them two abreast from a tablet up. */
export type FieldGroup = {
  legend?: string;
  intro?: string;
  fields: FieldSpec[];
  boxed?: boolean;
  columns?: 2;
};

export type FieldItem = FieldSpec | FieldGroup;

export const controlClass =
  "max-w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-700";

/** Select options from a label table (value -> label), in the table's order. */
function labelOptions(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Every field of a list, groups opened up. */
export function flatFields(items: FieldItem[]): FieldSpec[] {
  return items.flatMap((f) => ("fields" in f ? f.fields : [f]));
}

/** `checkedValue`: what a ticked checkbox sends ("on" unless told). */
type FieldProps = FieldSpec & { id: string; value?: string; errors?: string[]; checkedValue?: string };

/** One labelled control; errors are announced and tied to it by aria-describedby (ids `<id>-hint`, `<id>-error`). */
export function Field({ id, value, errors, checkedValue = "on", ...spec }: FieldProps) {
  const {
    name,
    label,
    type = "text",
    hint,
    options = [],
    empty,
    rows,
    required,
    className,
    defaultValue,
    ...attrs
  } = spec;
  const choices = [
    ...(empty === undefined ? [] : [{ value: "", label: empty }]),
    ...(Array.isArray(options) ? options : labelOptions(options)),
  ];
  const shown = value ?? defaultValue ?? "";
  const invalid = errors?.length ? true : undefined;
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = { id, name, required, "aria-invalid": invalid, "aria-describedby": describedBy };
  const error = invalid && (
    <p id={`${id}-error`} className="text-sm text-red-800">
      {errors!.join(" ")}
    </p>
  );
  if (type === "checkbox") {
    return (
      <div className={className}>
        <label className="flex items-center gap-2">
          <input
            {...common}
            type="checkbox"
            defaultChecked={shown === checkedValue}
            value={checkedValue}
            className="h-5 w-5"
          />
          {label}
        </label>
        {error}
      </div>
    );
  }
  if (type === "radio") {
    return (
      <fieldset className={`flex flex-col gap-1 ${className ?? ""}`} aria-describedby={describedBy}>
        <legend className="font-medium">{label}</legend>
        {choices.map((o, i) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              id={i === 0 ? id : undefined}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={shown === o.value}
            />
            {o.label}
          </label>
        ))}
        {error}
      </fieldset>
    );
  }
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {type === "textarea" ? (
        <textarea
          {...common}
          rows={rows ?? 3}
          defaultValue={shown}
          maxLength={attrs.maxLength}
          className={controlClass}
        />
      ) : type === "select" ? (
        <select {...common} defaultValue={shown} className={controlClass}>
          {choices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          {...attrs}
          type={type}
          defaultValue={type === "file" ? undefined : shown}
          className={controlClass}
        />
      )}
      {error}
    </div>
  );
}

/** A legend over its fields; `render` draws each field (with its id, kept value and errors). */
export function FieldSet({ group, render }: { group: FieldGroup; render: (f: FieldSpec) => ReactNode }) {
  const box = group.boxed ? "rounded-lg border border-slate-300 bg-white p-5" : "";
  const grid = group.columns === 2 ? "grid gap-3 sm:grid-cols-2" : "flex flex-col gap-3";
  if (!group.legend) return <div className={grid}>{group.fields.map(render)}</div>;
  return (
    <fieldset className={`${grid} ${box}`}>
      <legend className={group.boxed ? "px-1 text-lg font-semibold" : "mb-1 font-medium"}>{group.legend}</legend>
      {group.intro && <p className="text-slate-700 sm:col-span-2">{group.intro}</p>}
      {group.fields.map(render)}
    </fieldset>
  );
}

/** The one way to put fixed values in a form: one hidden input per entry. */
export function HiddenInputs({ values }: { values?: Record<string, string> }) {
  return Object.entries(values ?? {}).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}
