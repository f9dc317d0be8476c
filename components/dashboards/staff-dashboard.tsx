import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { countOrganizationsByKind } from "@/lib/services/organizations/count-organizations-by-kind";
import { ORG_KIND_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { StaffApplicationsCard, StaffPaymentsCard } from "@/components/dashboards/membership-cards";
import { StaffProgramsCard } from "@/components/dashboards/program-cards";
import { RequestsCard } from "@/components/dashboards/request-cards";
import type { OrgKind } from "@/lib/generated/prisma/enums";

export async function StaffDashboard({ actor }: { actor: Actor }) {
  const counts = await countOrganizationsByKind({ actor });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Organizations" action={<Link href="/staff/organizations">All organizations</Link>}>
        <dl className="grid grid-cols-2 gap-2">
          {(Object.keys(ORG_KIND_LABEL) as OrgKind[]).map((kind) => (
            <div key={kind} className="rounded bg-slate-100 p-2">
              <dt className="text-sm text-slate-700">{ORG_KIND_LABEL[kind]}</dt>
              <dd className="text-xl font-semibold">{counts[kind] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <StaffApplicationsCard actor={actor} />
      <StaffProgramsCard actor={actor} />
      <RequestsCard actor={actor} />
      <StaffPaymentsCard actor={actor} />
    </div>
  );
}
