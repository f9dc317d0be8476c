import type { Actor } from "@/lib/authz/actor";
import { RequestsCard } from "@/components/dashboards/request-cards";
import { VendorProgramCards } from "@/components/dashboards/program-cards";

export function VendorDashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <RequestsCard actor={actor} />
      <VendorProgramCards actor={actor} />
    </div>
  );
}
