"use client";
// An admin's controls for the organization's people: change a role, remove, invite.
import { changeUserRoleAction, inviteUserAction, removeUserAction } from "@/app/actions/organization-users";
import { ActionForm, SubmitButton } from "@/components/ui/form";
import { ROLE_LABEL } from "@/lib/labels";
import type { OrgRole } from "@/lib/generated/prisma/enums";

const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export function RoleControls({ userId, role, name }: { userId: string; role: OrgRole; name: string }) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <ActionForm
        action={changeUserRoleAction}
        layout="inline"
        hidden={{ userId }}
        fields={[
          { name: "role", label: `Role for ${name}`, type: "select", defaultValue: role, options: ROLE_OPTIONS },
        ]}
        submitLabel="Change role"
        variant="secondary"
      />
      <ActionForm
        action={removeUserAction}
        layout="inline"
        hidden={{ userId }}
        submitLabel="Remove"
        buttons={
          <SubmitButton variant="danger" aria-label={`Remove ${name}`}>
            Remove
          </SubmitButton>
        }
      />
    </div>
  );
}

export function InviteForm() {
  return (
    <ActionForm
      action={inviteUserAction}
      fields={[
        { name: "name", label: "Name" },
        { name: "email", label: "Work email address", type: "email" },
        { name: "role", label: "Role", type: "select", defaultValue: "STAFF", options: ROLE_OPTIONS },
      ]}
      submitLabel="Send invitation"
      pendingLabel="Inviting…"
    />
  );
}
