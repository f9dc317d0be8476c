"use client";
// An admin's controls for the organization's people: change a role, remove, invite.
import { useActionState } from "react";
import { changeUserRoleAction, inviteUserAction, removeUserAction } from "@/app/actions/organization-users";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ActionResult, SelectField, failedOf } from "@/components/memberships/form-bits";
import { ROLE_LABEL } from "@/lib/labels";
import type { OrgRole } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(ROLE_LABEL) as OrgRole[];

export function RoleControls({ userId, role, name }: { userId: string; role: OrgRole; name: string }) {
  const [changeState, change, changing] = useActionState(changeUserRoleAction, null);
  const [removeState, remove, removing] = useActionState(removeUserAction, null);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={change} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          <SelectField id={`role-${userId}`} label={`Role for ${name}`} name="role" defaultValue={role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" disabled={changing}>
            Change role
          </Button>
        </form>
        <form action={remove}>
          <input type="hidden" name="userId" value={userId} />
          <Button type="submit" variant="danger" disabled={removing} aria-label={`Remove ${name}`}>
            Remove
          </Button>
        </form>
      </div>
      <ActionResult state={changeState} />
      <ActionResult state={removeState} />
    </div>
  );
}

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const failed = failedOf(state);
  const v = failed?.values ?? {};
  const e = failed?.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <ActionResult state={state} />
      <Field id="invite-name" label="Name" name="name" defaultValue={v.name ?? ""} errors={e.name} />
      <Field
        id="invite-email"
        label="Work email address"
        name="email"
        type="email"
        defaultValue={v.email ?? ""}
        errors={e.email}
      />
      <SelectField id="invite-role" label="Role" name="role" defaultValue={v.role ?? "STAFF"} errors={e.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r]}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
