// Previous and next links around "Page n of m", for lists paged by number.
import Link from "next/link";

/** `href(page)` builds the link to another page of the same list, keeping its filters. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pagination" className="flex flex-wrap gap-3">
      {page > 1 && <Link href={href(page - 1)}>Previous page</Link>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>Next page</Link>}
    </nav>
  );
}
