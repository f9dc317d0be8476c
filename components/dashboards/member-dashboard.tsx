import type { Actor } from "@/lib/authz/actor";
import { RequestsCard } from "@/components/dashboards/request-cards";
import { MemberMembershipCard } from "@/components/dashboards/membership-cards";
import { MemberContractsCard, MemberSurveysCard } from "@/components/dashboards/program-cards";
import { memberProgramSummary } from "@/lib/services/programs/member-program-summary";

export async function MemberDashboard({ actor }: { actor: Actor }) {
  const programs = await memberProgramSummary({ actor });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <MemberContractsCard programs={programs} />
      <RequestsCard actor={actor} />
      <MemberMembershipCard actor={actor} />
      <MemberSurveysCard programs={programs} />
    </div>
  );
}
