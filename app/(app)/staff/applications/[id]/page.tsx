import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getApplication } from "@/lib/services/memberships/get-application";
import { AFFILIATION_LABEL, APPLICATION_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { Alert } from "@/components/ui/alert";
import { ApproveForm, RejectForm } from "@/components/memberships/review-forms";

export const metadata: Metadata = { title: "Review application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/staff/applications/${id}`);
  const app = await loadForPage(() => getApplication({ actor, input: { id } }));
  const details: Fact[] = [
    { label: "Kind", value: ORG_KIND_LABEL[app.kind] },
    { label: "Town", value: app.town },
    { label: "Address", value: app.address },
    { label: "Website", value: app.website ?? "—" },
    { label: "Primary contact", value: [app.contactName, app.contactTitle].filter(Boolean).join(", ") },
    { label: "Contact email", value: app.contactEmail },
    { label: "Contact phone", value: app.contactPhone ?? "—" },
    {
      label: "Affiliations claimed",
      value: app.claimedAffiliations.map((a) => AFFILIATION_LABEL[a]).join(", ") || "None (independent)",
    },
    { label: "Received", value: formatDateTime(app.createdAt) },
    { label: "Status", value: APPLICATION_STATUS_LABEL[app.status] },
  ];
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/staff/applications">← All applications</Link>
      </p>
      <h1>{app.legalName}</h1>
      {app.status === "APPROVED" && (
        <Alert tone="success" title="Approved">
          Verified affiliations: {app.verifiedAffiliations.join(", ") || "none (independent)"}.{" "}
          {app.organization && (
            <Link href={`/staff/organizations?q=${encodeURIComponent(app.organization.name)}`}>
              Find {app.organization.name} in the directory
            </Link>
          )}
        </Alert>
      )}
      {app.status === "REJECTED" && (
        <Alert tone="warning" title="Rejected">
          {app.decisionReason}
        </Alert>
      )}
      <Card title="Application">
        <FactList facts={details} />
      </Card>
      {app.status === "SUBMITTED" && (
        <div className="grid gap-4 md:grid-cols-2">
          <Card title="Approve">
            <ApproveForm id={app.id} claimed={app.claimedAffiliations} />
          </Card>
          <Card title="Reject">
            <RejectForm id={app.id} />
          </Card>
        </div>
      )}
    </div>
  );
}
