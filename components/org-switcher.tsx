"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { switchOrganizationAction } from "@/app/actions/session";
import type { ActorOrganization } from "@/lib/authz/actor";
import { ActionForm } from "@/components/ui/form";

/**
 * For a person in several organizations: which one they act for now. Switching sends the page it is on, so the
 * person stays there when the new organization may open it; the whole page, this header included, is drawn again.
 */
export function OrgSwitcher({ organizations, activeId }: { organizations: ActorOrganization[]; activeId: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <ActionForm
      // drawn anew for each organization acted for, so the select never keeps the one chosen before
      key={activeId}
      action={switchOrganizationAction}
      layout="inline"
      hidden={{ returnTo: query ? `${pathname}?${query}` : pathname }}
      fields={[
        {
          name: "organizationId",
          label: "Acting for",
          type: "select",
          defaultValue: activeId,
          options: organizations.map((o) => ({ value: o.id, label: o.name })),
          className: "text-sm",
        },
      ]}
      submitLabel="Switch"
      variant="inverse"
    />
  );
}
