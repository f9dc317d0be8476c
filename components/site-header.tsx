import Link from "next/link";
import { Suspense } from "react";
import { signOutAction } from "@/app/actions/session";
import type { Actor } from "@/lib/authz/actor";
import { navigationFor, SIDE_LABEL } from "@/lib/navigation";
import { OrgSwitcher } from "@/components/org-switcher";
import { SubmitButton } from "@/components/ui/form";

export function SiteHeader({ actor }: { actor: Actor | null }) {
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={actor ? "/dashboard" : "/"} className="font-semibold text-white no-underline">
          CRCOG IT Services Cooperative
        </Link>
        {actor ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {actor.name ?? actor.email} · {SIDE_LABEL[actor.side]}
            </span>
            {actor.organizations.length > 1 ? (
              // the switcher reads the page's query; a page rendered ahead of time shows the name until it loads
              <Suspense fallback={<span>Acting for: {actor.organization.name}</span>}>
                <OrgSwitcher organizations={actor.organizations} activeId={actor.organization.id} />
              </Suspense>
            ) : (
              <span>{actor.organization.name}</span>
            )}
            <form action={signOutAction}>
              <SubmitButton variant="inverse">Sign out</SubmitButton>
            </form>
          </div>
        ) : (
          <nav aria-label="Account" className="flex gap-4 text-sm">
            <Link href="/sign-in" className="text-white">
              Sign in
            </Link>
          </nav>
        )}
      </div>
      {actor && (
        <nav aria-label="Main" className="border-t border-brand-800 bg-brand-800">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {navigationFor(actor).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block px-3 py-2 text-white no-underline hover:bg-brand-900">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
