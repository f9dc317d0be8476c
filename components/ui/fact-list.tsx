// Label and value pairs (a description list) in a grid: a card's facts about a membership, contract or application.
import type { ReactNode } from "react";

/** One fact; `valueClassName` styles the value (e.g. a large figure). */
export type Fact = { label: ReactNode; value: ReactNode; valueClassName?: string };

type Props = {
  /** Falsy entries are left out, so a fact that applies only sometimes is written `cond && { ... }`. */
  facts: (Fact | false | null | undefined)[];
  columns?: 2 | 3;
  /** "Label: value" on one line, for printed pages. */
  inline?: boolean;
};

export function FactList({ facts, columns = 2, inline = false }: Props) {
  return (
    <dl className={`grid ${inline ? "gap-1" : "gap-3"} ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
      {facts.map(
        (f, i) =>
          f && (
            <div key={i}>
              <dt className={inline ? "inline font-medium" : "text-sm text-slate-700"}>
                {f.label}
                {inline && ": "}
              </dt>
              <dd className={inline ? "inline" : (f.valueClassName ?? "break-words")}>{f.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
