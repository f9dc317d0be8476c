import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getOwnOrganization } from "@/lib/services/organizations/get-organization";
import { AFFILIATION_LABEL, ORG_KIND_LABEL, ROLE_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
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
        <FactList
          facts={[
            { label: "Kind", value: ORG_KIND_LABEL[org.kind] },
            !!org.county && { label: "County · planning region", value: `${org.county} · ${org.planningRegion}` },
            org.population != null && {
              label: "Population (2020 census)",
              value: org.population.toLocaleString("en-US"),
            },
            org.kind !== "VENDOR" &&
              org.kind !== "COOPERATIVE" && {
                label: "Affiliations",
                value: org.affiliations.length
                  ? org.affiliations.map((a) => AFFILIATION_LABEL[a]).join(", ")
                  : "Independent",
              },
          ]}
        />
      </Card>
      <Card title="People">
        <ScrollTable
          caption={`People in ${org.name} and their roles`}
          columns={["Name", { label: "Email", cellClassName: "break-all" }, "Role", manage && "Manage"]}
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
