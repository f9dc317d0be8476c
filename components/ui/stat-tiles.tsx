// Figures at a glance: a grid of tiles, each a label over a large value (a description list).
import type { ReactNode } from "react";

export type Stat = { key?: string; label: ReactNode; value: ReactNode };

/** Two tiles a row on a phone; `columns` 3 or 4 from a tablet up. */
export function StatTiles({
  stats,
  columns = 2,
  className = "",
}: {
  stats: Stat[];
  columns?: 2 | 3 | 4;
  className?: string;
}) {
  const grid = columns === 4 ? "sm:grid-cols-4" : columns === 3 ? "sm:grid-cols-3" : "";
  return (
    <dl className={`grid grid-cols-2 gap-2 ${grid} ${className}`}>
      {stats.map((s, i) => (
        <div key={s.key ?? i} className="rounded bg-slate-100 p-2">
          <dt className="text-sm text-slate-700">{s.label}</dt>
          <dd className="text-xl font-semibold">{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
