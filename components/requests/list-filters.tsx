import Link from "next/link";
import { REQUEST_STATUS_LABEL } from "@/lib/labels";
import type { ListInput } from "@/lib/services/requests/list-requests";

type Option = { value: string; label: string };

/** The list at `action` with these filters, changed by `changes` (undefined removes one); always from its first page. */
export function listHref(action: string, values: ListInput, changes: Partial<ListInput> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...values, cursor: undefined, ...changes })) if (v) p.set(k, String(v));
  const s = p.toString();
  return s ? `${action}?${s}` : action;
}

/**
 * A GET form: filters live in the URL, so a filtered list can be bookmarked and exported. The organization filter
 * is set from the list itself (each organization's name links to its requests) and shown here while it is on.
 */
export function ListFilters({
  action,
  values,
  contracts,
  vendors,
  organizationName,
}: {
  action: string;
  values: ListInput;
  contracts?: Option[];
  vendors?: Option[];
  organizationName?: string | null;
}) {
  const select = (name: keyof ListInput, label: string, options: Option[]) => (
    <div className="flex max-w-full flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
        className="max-w-full rounded-md border border-slate-500 bg-white px-2 py-1.5"
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
      aria-label="Filter requests"
    >
      {values.organizationId && (
        <p className="w-full text-sm">
          <input type="hidden" name="organizationId" value={values.organizationId} />
          Only the requests of <strong>{organizationName ?? "one organization"}</strong>.{" "}
          <Link href={listHref(action, values, { organizationId: undefined })}>Show every organization</Link>
        </p>
      )}
      {select(
        "status",
        "Status",
        Object.entries(REQUEST_STATUS_LABEL).map(([value, label]) => ({ value, label })),
      )}
      {contracts && select("contractId", "Contract", contracts)}
      {vendors && select("vendorOrganizationId", "Vendor", vendors)}
      <button
        type="submit"
        className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
      >
        Apply filters
      </button>
      <Link href={action} className="py-1.5">
        Clear
      </Link>
    </form>
  );
}

/** Keyset pages: "next" carries the cursor; the first page is always one click away. */
export function Pager({
  action,
  values,
  nextCursor,
}: {
  action: string;
  values: ListInput;
  nextCursor: string | null;
}) {
  const params = (cursor?: string) => listHref(action, values, { cursor });
  return (
    <nav aria-label="Pages" className="flex gap-4">
      {values.cursor && <Link href={params()}>First page</Link>}
      {nextCursor && <Link href={params(nextCursor)}>Next page</Link>}
    </nav>
  );
}
