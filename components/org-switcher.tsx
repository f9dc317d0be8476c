"use client";
import { switchOrganizationAction } from "@/app/actions/session";
import type { ActorOrganization } from "@/lib/authz/actor";
import { ActionForm } from "@/components/ui/form";

/** For a person in several organizations: which one they act for now. */
export function OrgSwitcher({ organizations, activeId }: { organizations: ActorOrganization[]; activeId: string }) {
  return (
    <ActionForm
      action={switchOrganizationAction}
      layout="inline"
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
