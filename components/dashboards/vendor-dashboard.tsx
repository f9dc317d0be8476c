import { Card, EmptyState } from "@/components/ui/card";

export function VendorDashboard() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card title="Incoming purchase requests">
        <EmptyState>Purchase requests members send on your contracts arrive here for you to acknowledge and answer.</EmptyState>
      </Card>
      <Card title="Your contracts">
        <EmptyState>Contracts the cooperative has awarded you appear here with their price schedules and terms.</EmptyState>
      </Card>
      <Card title="Pilot issues waiting for you">
        <EmptyState>Issues pilot towns log during a pilot appear here until you answer them.</EmptyState>
      </Card>
      <Card title="Open solicitations">
        <EmptyState>RFPs open for proposals appear here with their due dates, documents and published answers.</EmptyState>
      </Card>
    </div>
  );
}
