import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { formatCents } from "@/lib/format";
import { APPROVAL_RULE_LABEL } from "@/lib/labels";
import { assertMayRequest, RequestRefusedError } from "@/lib/services/requests/eligibility";
import { getApprovalPolicy } from "@/lib/services/requests/approval-policy";
import { Alert } from "@/components/ui/alert";
import { NewRequestForm } from "@/components/requests/new-request-form";
import { createRequestAction } from "@/app/actions/requests";

export const metadata: Metadata = { title: "Build a purchase request" };

export default async function BuildRequestPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const actor = await requirePageActor(`/requests/new/${contractId}`);
  const { contract, refusal, policy } = await loadForPage(async () => {
    assertCan(actor, "requests.create");
    let refusal: RequestRefusedError | null = null;
    let contract: Awaited<ReturnType<typeof assertMayRequest>> | null = null;
    try {
      contract = await assertMayRequest(actor, contractId);
    } catch (error) {
      if (!(error instanceof RequestRefusedError)) throw error;
      refusal = error;
    }
    return { contract, refusal, policy: await getApprovalPolicy({ actor }) };
  });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm"><Link href="/requests/new">Choose another contract</Link></p>
      <h1>Build a purchase request</h1>
      {refusal || !contract ? (
        <Alert tone="error" title="Your organization cannot request purchases on this contract now">
          <p>{refusal?.reason}</p>
          <p className="mt-2 font-medium">What to do: {refusal?.todo}</p>
        </Alert>
      ) : (
        <>
          <p>
            <strong>{contract.title}</strong> ({contract.number}) with {contract.vendorOrganization.name}.
            {contract.usesPilotPrices ? " As a pilot participant you pay the pilot prices shown." : ""}
          </p>
          <NewRequestForm
            action={createRequestAction}
            contractId={contract.id}
            idempotencyKey={crypto.randomUUID()}
            lines={contract.priceLines.map((l) => ({ id: l.id, itemCode: l.itemCode, description: l.description, unit: l.unit, unitPriceCents: l.unitPriceCents }))}
            approvalNote={policy ? `Requests above ${formatCents(policy.thresholdCents)} need approval by ${APPROVAL_RULE_LABEL[policy.approvers].toLowerCase()} at ${actor.organization.name} before they go to the vendor.` : null}
          />
        </>
      )}
    </div>
  );
}
