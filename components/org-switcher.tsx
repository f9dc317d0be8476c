"use client";
import { useActionState } from "react";
import { switchOrganizationAction } from "@/app/actions/session";
import type { ActorOrganization } from "@/lib/authz/actor";

export function OrgSwitcher({ organizations, activeId }: { organizations: ActorOrganization[]; activeId: string }) {
  const [state, action, pending] = useActionState(switchOrganizationAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="org-switcher" className="text-sm">
        Acting for
      </label>
      <select
        id="org-switcher"
        name="organizationId"
        defaultValue={activeId}
        className="max-w-56 rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900"
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-white px-2 py-1 text-sm hover:bg-brand-800"
      >
        Switch
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm">
          {state.error}
        </span>
      )}
    </form>
  );
}
