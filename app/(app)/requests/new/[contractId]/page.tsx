import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getContractOrRefusal } from "@/lib/services/requests/get-contract-or-refusal";
import { getApprovalPolicy } from "@/lib/services/requests/get-approval-policy";
import { RequestBuilder } from "@/components/requests/request-builder";
import { createRequestAction } from "@/app/actions/requests";

export const metadata: Metadata = { title: "Build a purchase request" };

export default async function BuildRequestPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const actor = await requirePageActor(`/requests/new/${contractId}`);
  const { contract, refusal, policy } = await loadForPage(async () => ({
    ...(await getContractOrRefusal({ actor, input: { contractId } })),
    policy: await getApprovalPolicy({ actor }),
  }));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/requests/new">Choose another contract</Link>
      </p>
      <h1>Build a purchase request</h1>
      <RequestBuilder
        actor={actor}
        contract={contract}
        refusal={refusal}
        policy={policy}
        action={createRequestAction}
        target={{ contractId, idempotencyKey: crypto.randomUUID() }}
      />
    </div>
  );
}
