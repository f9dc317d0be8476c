import type { ReactNode } from "react";

export function Card({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm" aria-label={title}>
      <div className="mb-3 flex items-start justify-between gap-3">
        <h2>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** What a person sees before there is anything: what will appear here, and how it gets there. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-700">{children}</p>;
}
