import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { MemberDashboard } from "@/components/dashboards/member-dashboard";
import { VendorDashboard } from "@/components/dashboards/vendor-dashboard";
import { StaffDashboard } from "@/components/dashboards/staff-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor("/dashboard");
  await loadForPage(async () => assertCan(actor, "dashboard.view"));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1>{actor.organization.name}</h1>
        <p className="text-slate-700">Welcome{actor.name ? `, ${actor.name}` : ""}.</p>
      </div>
      {actor.side === "member" && <MemberDashboard actor={actor} />}
      {actor.side === "vendor" && <VendorDashboard actor={actor} />}
      {actor.side === "staff" && <StaffDashboard actor={actor} />}
    </div>
  );
}
