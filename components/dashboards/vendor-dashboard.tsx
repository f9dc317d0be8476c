import type { Actor } from "@/lib/authz/actor";
import { Card, EmptyState } from "@/components/ui/card";
import { VendorProgramCards } from "@/components/dashboards/program-cards";

export function VendorDashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Incoming purchase requests">
        <EmptyState>Purchase requests members send on your contracts arrive here for you to acknowledge and answer.</EmptyState>
      </Card>
      <VendorProgramCards actor={actor} />
    </div>
  );
}
