// "Internal approval" on a request: the organization's rule above its threshold, who approved, who is awaited.
import { formatDateTime } from "@/lib/format";
import { APPROVAL_RULE_LABEL, ROLE_LABEL } from "@/lib/labels";
import type { RequestDetail } from "@/lib/services/requests/get-request";
import { Card } from "@/components/ui/card";

export function ApprovalCard({ r }: { r: RequestDetail }) {
  return (
    <Card title="Internal approval">
      {r.approvalRule ? (
        <div className="flex flex-col gap-2">
          <p>
            Above the organization&apos;s threshold: approval by {APPROVAL_RULE_LABEL[r.approvalRule].toLowerCase()}.
          </p>
          <ul className="list-disc pl-5">
            {r.approvals.map((a) => (
              <li key={a.role}>
                Approved as {ROLE_LABEL[a.role].toLowerCase()} by {a.user.name ?? a.user.email} on{" "}
                {formatDateTime(a.at)}
                {a.note ? `: ${a.note}` : ""}
              </li>
            ))}
            {r.status === "PENDING_APPROVAL" &&
              r.missingApprovals.map((role) => <li key={role}>Waiting for a {ROLE_LABEL[role].toLowerCase()}</li>)}
          </ul>
        </div>
      ) : (
        <p>
          {r.status === "DRAFT"
            ? "Decided when the request is submitted."
            : "Not needed: at or below the organization's approval threshold."}
        </p>
      )}
    </Card>
  );
}
