import type { Actor } from "@/lib/authz/actor";
import { Card, EmptyState } from "@/components/ui/card";
import { MemberMembershipCard } from "@/components/dashboards/membership-cards";
import { MemberContractsCard, MemberSurveysCard } from "@/components/dashboards/program-cards";

export function MemberDashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <MemberContractsCard actor={actor} />
      <Card title="Your purchase requests">
        <EmptyState>
          Requests your organization sends to vendors appear here, with their approval status and the vendor&apos;s
          answers.
        </EmptyState>
      </Card>
      <MemberMembershipCard actor={actor} />
      <MemberSurveysCard actor={actor} />
    </div>
  );
}
