import type { ReactNode } from "react";
import { ItemList } from "./item-list";

/** A titled card with an optional `action` (a link) beside the title; while `empty` is given, it shows instead of `children`. */
export function Card({
  title,
  children,
  action,
  empty,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
  empty?: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm" aria-label={title}>
      <div className="mb-3 flex items-start justify-between gap-3">
        <h2>{title}</h2>
        {action}
      </div>
      {empty ? <EmptyState>{empty}</EmptyState> : children}
    </section>
  );
}

/** What a person sees before there is anything: what will appear here, and how it gets there. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-700">{children}</p>;
}

/** A card listing `items`, one `<li>` each from `children(item)`; `empty` says what will appear while there are none. */
export function ListCard<T>({
  title,
  action,
  items,
  empty,
  children,
}: {
  title: string;
  action?: ReactNode;
  items: T[];
  empty: ReactNode;
  children: (item: T) => ReactNode;
}) {
  return (
    <Card title={title} action={action}>
      <ItemList items={items} empty={<EmptyState>{empty}</EmptyState>}>
        {children}
      </ItemList>
    </Card>
  );
}
