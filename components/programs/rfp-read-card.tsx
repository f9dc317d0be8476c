// The RFP as the committee reads its draft and as members and vendors read it once posted, with its documents.
import { formatDateTime } from "@/lib/format";
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card, EmptyState } from "@/components/ui/card";
import { DocumentList } from "./documents";

export function RfpReadCard({ view, posted }: { view: ProgramView; posted: boolean }) {
  const { program } = view;
  return (
    <Card title={posted ? `RFP ${program.rfpNumber ?? ""}` : "RFP draft"}>
      {posted && program.proposalDueAt && (
        <p className="mb-2 font-medium">Proposals due {formatDateTime(program.proposalDueAt)}</p>
      )}
      {program.rfpDraft ? (
        <p className="whitespace-pre-wrap">{program.rfpDraft}</p>
      ) : (
        <EmptyState>Cooperative staff have not written the draft yet.</EmptyState>
      )}
      {posted && (
        <>
          <h3 className="mt-4 font-semibold">RFP documents</h3>
          <DocumentList documents={view.documents} empty="No documents posted." />
        </>
      )}
    </Card>
  );
}
