import Link from "next/link";
import type { Actor } from "@/lib/authz/actor";
import { countOrganizationsByKind } from "@/lib/services/organizations/count-organizations-by-kind";
import { ORG_KIND_LABEL } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { StaffApplicationsCard, StaffPaymentsCard } from "@/components/dashboards/membership-cards";
import { StaffProgramsCard } from "@/components/dashboards/program-cards";
import { RequestsCard } from "@/components/dashboards/request-cards";
import { ContractsEndingCard } from "@/components/dashboards/contracts-ending-card";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { StatTiles } from "@/components/ui/stat-tiles";

export async function StaffDashboard({ actor }: { actor: Actor }) {
  const counts = await countOrganizationsByKind({ actor });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Organizations" action={<Link href="/staff/organizations">All organizations</Link>}>
        <StatTiles
          stats={(Object.keys(ORG_KIND_LABEL) as OrgKind[]).map((k) => ({
            key: k,
            label: ORG_KIND_LABEL[k],
            value: counts[k] ?? 0,
          }))}
        />
      </Card>
      <StaffApplicationsCard actor={actor} />
      <StaffProgramsCard actor={actor} />
      <ContractsEndingCard actor={actor} />
      <RequestsCard actor={actor} />
      <StaffPaymentsCard actor={actor} />
    </div>
  );
}
