// The shell the data tables share: a region that scrolls sideways on a phone (scroll-region.ts), the table with its
// caption and one row of column headings, then the caller's rows (and footer rows, if any).
import type { ReactNode } from "react";
import { SCROLL_REGION } from "./scroll-region";

/** A column heading; `false` leaves the column out (for columns only some people see). */
export type Column = { label: ReactNode; align?: "right" } | false;

type Props = {
  caption: ReactNode;
  captionClassName: string;
  columns: Column[];
  children: ReactNode;
  footer?: ReactNode;
  /** a frame around the region, for a table that stands on its own on the page */
  framed?: boolean;
};

export function ScrollTable({ caption, captionClassName, columns, children, footer, framed = false }: Props) {
  return (
    <div
      {...SCROLL_REGION}
      className={framed ? "overflow-x-auto rounded-lg border border-slate-300 bg-white" : "overflow-x-auto"}
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
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
