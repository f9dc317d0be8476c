// The one data table: a caption, one row of column headings, then the rows (given as cells, or as the caller's own
// <tr> elements), in a region that scrolls sideways on a phone. The region is focusable and named (scroll-region.ts);
// a shadow on the cut edge and a "Scroll sideways" hint (scroll-table.module.css) show only when it overflows.
import type { ReactNode } from "react";
import { SCROLL_REGION } from "./scroll-region";
import styles from "./scroll-table.module.css";

/**
 * A column heading: its label alone, or with `align: "right"` (numbers and money) and `cellClassName` (styles the
 * column's cells, e.g. "whitespace-nowrap", "font-mono"); `false` leaves the column out (for columns only some
 * people see).
 */
export type Column = string | ColumnSpec | false;
type ColumnSpec = { label: ReactNode; align?: "right"; cellClassName?: string };

/** A column of numbers or money: right-aligned, and kept on one line. */
export function numeric(label: ReactNode): ColumnSpec {
  return { label, align: "right", cellClassName: "whitespace-nowrap" };
}

/** One row as cells, in the order of `columns` (a cell under a `false` column is not shown). */
export type TableRow = { key: string; cells: ReactNode[] };

type Props = {
  caption: ReactNode;
  /** Defaults to a caption read by screen readers only (the page's heading already names the table). */
  captionClassName?: string;
  columns: Column[];
  rows?: TableRow[];
  /** Rows written by the caller, after `rows`. */
  children?: ReactNode;
  footer?: ReactNode;
  /** a frame around the region, for a table that stands on its own on the page */
  framed?: boolean;
};

const spec = (c: Column): ColumnSpec | null => (c === false ? null : typeof c === "string" ? { label: c } : c);

const cellClass = (c: ColumnSpec) =>
  ["p-2", c.align === "right" && "text-right", c.cellClassName].filter(Boolean).join(" ");

export function ScrollTable({ caption, captionClassName = "sr-only", children, footer, framed, ...props }: Props) {
  const columns = props.columns.map(spec);
  return (
    <div className={styles.frame}>
      <p aria-hidden="true" className={`${styles.hint} text-right text-xs text-slate-700`}>
        Scroll sideways →
      </p>
      <div
        {...SCROLL_REGION}
        className={framed ? `${styles.region} rounded-lg border border-slate-300` : styles.region}
      >
        <table className="w-full text-left text-sm">
          <caption className={captionClassName}>{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map(
                (c, i) =>
                  c && (
                    <th key={i} scope="col" className={c.align === "right" ? "p-2 text-right" : "p-2"}>
                      {c.label}
                    </th>
                  ),
              )}
            </tr>
          </thead>
          <tbody>
            {props.rows?.map((r) => (
              <tr key={r.key} className="border-t border-slate-200">
                {columns.map(
                  (c, i) =>
                    c && (
                      <td key={i} className={cellClass(c)}>
                        {r.cells[i]}
                      </td>
                    ),
                )}
              </tr>
            ))}
            {children}
          </tbody>
          {footer && <tfoot>{footer}</tfoot>}
        </table>
      </div>
    </div>
  );
}
