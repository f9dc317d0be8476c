import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { calendarDateFromDb } from "@/lib/input/date";
import { REQUEST_STATUS_LABEL, requestNumberLabel } from "@/lib/labels";
import { getContractOrRefusal } from "@/lib/services/requests/get-contract-or-refusal";
import { getApprovalPolicy } from "@/lib/services/requests/get-approval-policy";
import { getDraft } from "@/lib/services/requests/get-draft";
import { Alert } from "@/components/ui/alert";
import { RequestBuilder } from "@/components/requests/request-builder";
import { updateDraftAction } from "@/app/actions/requests";

export const metadata: Metadata = { title: "Edit draft request" };

export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/requests/${id}/edit`);
  const { draft, form } = await loadForPage(async () => {
    const draft = await getDraft({ actor, input: { requestId: id } });
    if (!draft.editable) return { draft, form: null };
    return {
      draft,
      form: {
        ...(await getContractOrRefusal({ actor, input: { contractId: draft.contractId } })),
        policy: await getApprovalPolicy({ actor }),
      },
    };
  });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/requests/${draft.id}`}>Back to the request</Link>
      </p>
      <h1>Edit draft request {requestNumberLabel(draft.number)}</h1>
      {!form ? (
        <Alert tone="info" title="This request can no longer be edited">
          <p>
            It is {REQUEST_STATUS_LABEL[draft.status].toLowerCase()}: only a draft can be edited, by its organization.
          </p>
        </Alert>
      ) : (
        <RequestBuilder
          actor={actor}
          {...form}
          action={updateDraftAction}
          target={{ requestId: draft.id }}
          initial={{
            quantities: Object.fromEntries(draft.lines.map((l) => [l.priceLineId, l.quantity])),
            poNumber: draft.poNumber ?? "",
            neededBy: draft.neededBy ? calendarDateFromDb(draft.neededBy) : "",
            notes: draft.notes ?? "",
          }}
        />
      )}
    </div>
  );
}
