import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listVendorPilotIssues } from "@/lib/services/contracts/list-vendor-pilot-issues";
import { PILOT_ISSUE_STATUS_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { respondToPilotIssueAction } from "@/app/actions/programs/pilot";

export const metadata: Metadata = { title: "Pilot issues" };

export default async function VendorPilotIssuesPage() {
  const actor = await requirePageActor("/vendor/pilot-issues");
  const issues = await loadForPage(() => listVendorPilotIssues({ actor }));
  return (
    <div className="flex flex-col gap-4">
      <h1>Pilot issues</h1>
      {issues.length === 0 ? (
        <EmptyState>Issues pilot towns log on your contracts appear here until you answer them.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {issues.map((i) => (
            <li key={i.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2>{i.title}</h2>
              <p className="text-sm text-slate-700">
                <Link href={`/contracts/${i.contract.id}`}>{i.contract.number}</Link> · {i.reportedByOrganization.name}{" "}
                · {formatDateTime(i.createdAt)} · {PILOT_ISSUE_STATUS_LABEL[i.status]}
              </p>
              <p className="my-2 whitespace-pre-wrap">{i.description}</p>
              {i.vendorResponse && (
                <p className="whitespace-pre-wrap">
                  <span className="font-medium">Your answer:</span> {i.vendorResponse}
                </p>
              )}
              {i.resolution && (
                <p className="whitespace-pre-wrap">
                  <span className="font-medium">Resolution:</span> {i.resolution}
                </p>
              )}
              {i.status !== "RESOLVED" && (
                <ActionForm
                  action={respondToPilotIssueAction}
                  submitLabel={i.vendorResponse ? "Update answer" : "Send answer"}
                  hidden={{ issueId: i.id }}
                  fields={[
                    {
                      name: "response",
                      label: `Your answer to “${i.title}”`,
                      type: "textarea",
                      rows: 3,
                      defaultValue: i.vendorResponse ?? "",
                    },
                  ]}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
