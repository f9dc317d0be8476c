import type { Actor } from "@/lib/authz/actor";
import { ROLE_LABEL } from "@/lib/labels";
import { Card, EmptyState } from "@/components/ui/card";

export function MemberDashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Contracts you can use">
        <EmptyState>
          Contracts the cooperative has awarded appear here with their fixed prices, once they open to members. You can
          then request a purchase without running your own RFP.
        </EmptyState>
      </Card>
      <Card title="Your purchase requests">
        <EmptyState>
          Requests your organization sends to vendors appear here, with their approval status and the vendor&apos;s
          answers.
        </EmptyState>
      </Card>
      <Card title="Membership and fees">
        <EmptyState>
          Your organization&apos;s membership for this fiscal year, any annual fee due and your receipts appear here.
        </EmptyState>
      </Card>
      <Card title="Surveys and committees">
        <EmptyState>
          When the cooperative surveys members about a future program, or invites you to a pilot review committee, it
          shows up here. You are signed in as {ROLE_LABEL[actor.role].toLowerCase()}.
        </EmptyState>
      </Card>
    </div>
  );
}
