// The top of a detail page: a link back to its list, the title, and what the page adds beneath (summary, status).
import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  back: { href: string; label: string };
  title: ReactNode;
  /** Beside the title (a status badge). */
  badge?: ReactNode;
  children?: ReactNode;
};

export function PageHeader({ back, title, badge, children }: Props) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <Link href={back.href}>{back.label}</Link>
      </p>
      {badge ? (
        <div className="flex flex-wrap items-center gap-3">
          <h1>{title}</h1>
          {badge}
        </div>
      ) : (
        <h1>{title}</h1>
      )}
      {children}
    </div>
  );
}
