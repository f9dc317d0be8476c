import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { formatCents } from "@/lib/format";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import { getApprovalPolicy } from "@/lib/services/requests/get-approval-policy";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApprovalRuleForm } from "@/components/requests/approval-rule-form";
import { setApprovalPolicyAction } from "@/app/actions/requests";

export const metadata: Metadata = { title: "Approval rule" };

export default async function ApprovalRulePage() {
  const actor = await requirePageActor("/requests/approval-rule");
  const policy = await loadForPage(() => getApprovalPolicy({ actor }));
  const current = policy
    ? `Requests above ${formatCents(policy.thresholdCents)} need approval by ${APPROVAL_RULE_LABEL[policy.approvers].toLowerCase()} before they go to the vendor.`
    : "No approval rule: every request goes straight to the vendor.";
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/requests", label: "All requests" }} title="Internal approval rule">
        <p>{current}</p>
        <p className="text-sm text-slate-700">
          Approvers are the organization&apos;s IT leads and purchasing officers; nobody approves a request they built
          themselves.
        </p>
      </PageHeader>
      {can(actor, "requests.approval_rule.manage") ? (
        <Card title="Change the rule">
          <ApprovalRuleForm
            action={setApprovalPolicyAction}
            threshold={policy ? (policy.thresholdCents / 100).toFixed(2) : ""}
            approvers={policy?.approvers ?? "BOTH"}
          />
        </Card>
      ) : (
        <p>Your organization&apos;s administrator sets this rule.</p>
      )}
    </div>
  );
}
