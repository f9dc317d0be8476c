import type { Actor } from "@/lib/authz/actor";
import { RequestsCard } from "@/components/dashboards/request-cards";
import { MemberMembershipCard } from "@/components/dashboards/membership-cards";
import { MemberContractsCard, MemberSurveysCard } from "@/components/dashboards/program-cards";

export function MemberDashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <MemberContractsCard actor={actor} />
      <RequestsCard actor={actor} />
      <MemberMembershipCard actor={actor} />
      <MemberSurveysCard actor={actor} />
    </div>
  );
}
