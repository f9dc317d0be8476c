import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getOwnOrganization } from "@/lib/services/organizations/get-organization";
import { AFFILIATION_LABEL, ORG_KIND_LABEL, ROLE_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/authz/assert";
import { InviteForm, RoleControls } from "@/components/organization-users";

export const metadata: Metadata = { title: "My organization" };

export default async function OrganizationPage() {
  const actor = await requirePageActor("/organization");
  const org = await loadForPage(() => getOwnOrganization({ actor }));
  const manage = can(actor, "organization.users.manage");
  return (
    <div className="flex flex-col gap-6">
      <h1>{org.name}</h1>
      <Card title="Details">
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">Kind</dt>
            <dd>{ORG_KIND_LABEL[org.kind]}</dd>
          </div>
          {org.county && (
            <div>
              <dt className="text-sm text-slate-700">County · planning region</dt>
              <dd>
                {org.county} · {org.planningRegion}
              </dd>
            </div>
          )}
          {org.population != null && (
            <div>
              <dt className="text-sm text-slate-700">Population (2020 census)</dt>
              <dd>{org.population.toLocaleString("en-US")}</dd>
            </div>
          )}
          {org.kind !== "VENDOR" && org.kind !== "COOPERATIVE" && (
            <div>
              <dt className="text-sm text-slate-700">Affiliations</dt>
              <dd>
                {org.affiliations.length ? org.affiliations.map((a) => AFFILIATION_LABEL[a]).join(", ") : "Independent"}
              </dd>
            </div>
          )}
        </dl>
      </Card>
      <Card title="People">
        <table className="w-full text-left">
          <caption className="sr-only">People in {org.name} and their roles</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                Name
              </th>
              <th scope="col" className="py-2">
                Email
              </th>
              <th scope="col" className="py-2">
                Role
              </th>
              {manage && (
                <th scope="col" className="py-2">
                  Manage
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {org.users.map(({ user, role }) => (
              <tr key={user.id} className="border-b border-slate-200">
                <td className="py-2">{user.name ?? "—"}</td>
                <td className="py-2 break-all">{user.email}</td>
                <td className="py-2">{ROLE_LABEL[role]}</td>
                {manage && (
                  <td className="py-2">
                    <RoleControls userId={user.id} role={role} name={user.name ?? user.email} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {manage && (
        <Card title="Invite someone">
          <InviteForm />
        </Card>
      )}
    </div>
  );
}
