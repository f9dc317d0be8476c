// A list of things, or what is shown while there are none.
import type { ReactNode } from "react";

/**
 * `items` as a `<ul>` (`className`, a column by default), one `<li>` each from `children(item)`; `empty` instead
 * while there are none.
 */
export function ItemList<T>({
  items,
  empty,
  className = "flex flex-col gap-1",
  children,
}: {
  items: T[];
  empty: ReactNode;
  className?: string;
  children: (item: T) => ReactNode;
}) {
  if (!items.length) return empty;
  return <ul className={className}>{items.map(children)}</ul>;
}
