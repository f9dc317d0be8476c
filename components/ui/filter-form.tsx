// A GET form that narrows a list: the kit's fields in a row and one submit button; the query string is the state.
import type { ReactNode } from "react";
import { Field, type FieldSpec } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Field ids are the field names (or `id`), so keep one filter form per page. */
export function FilterForm({
  fields,
  values = {},
  submitLabel = "Filter",
  action,
  search,
  className = "flex flex-wrap items-end gap-3",
  children,
}: {
  fields: FieldSpec[];
  /** The current filters (the parsed query string), shown in the fields. */
  values?: Record<string, string | number | undefined>;
  submitLabel?: string;
  action?: string;
  /** Names the form as a search landmark. */
  search?: string;
  className?: string;
  /** Drawn beside the submit button (e.g. a link that clears the filters). */
  children?: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role={search ? "search" : undefined}
      aria-label={search}
      className={`rounded-lg border border-slate-300 bg-white p-4 ${className}`}
    >
      {fields.map((f) => (
        <Field key={f.name} {...f} id={f.id ?? f.name} defaultValue={f.defaultValue ?? values[f.name]?.toString()} />
      ))}
      <div className="flex items-end gap-3">
        <Button type="submit">{submitLabel}</Button>
        {children}
      </div>
    </form>
  );
}
