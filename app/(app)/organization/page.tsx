import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getOwnOrganization } from "@/lib/services/organizations/get-organization";
import { AFFILIATION_LABEL, ORG_KIND_LABEL, ROLE_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/authz/assert";
import { InviteForm, RoleControls } from "@/components/organization-users";
import { ScrollTable } from "@/components/ui/scroll-table";

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
        <ScrollTable
          caption={`People in ${org.name} and their roles`}
          columns={[
            { label: "Name" },
            { label: "Email", cellClassName: "break-all" },
            { label: "Role" },
            manage && { label: "Manage" },
          ]}
          rows={org.users.map(({ user, role }) => ({
            key: user.id,
            cells: [
              user.name ?? "—",
              user.email,
              ROLE_LABEL[role],
              manage && <RoleControls userId={user.id} role={role} name={user.name ?? user.email} />,
            ],
          }))}
        />
      </Card>
      {manage && (
        <Card title="Invite someone">
          <InviteForm />
        </Card>
      )}
    </div>
  );
}
