// Staff's "RFP" card: the draft form while it is written, then the posted RFP; its documents and their upload.
import { formatDateTime } from "@/lib/format";
import type { ProgramView } from "@/lib/services/programs/get-program";
import type { StaffStageView } from "@/lib/services/programs/stage-rules";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { UploadForm } from "@/components/upload-form";
import { updateRfpDraftAction } from "@/app/actions/programs/committee";
import { DocumentList } from "./documents";

export function RfpCard({ view, stages }: { view: ProgramView; stages: StaffStageView }) {
  const { program } = view;
  return (
    <Card title="RFP">
      {stages.editsRfp ? (
        <ActionForm
          action={updateRfpDraftAction}
          submitLabel="Save RFP"
          hidden={{ programId: program.id }}
          fields={[
            { name: "rfpNumber", label: "RFP number", defaultValue: program.rfpNumber ?? "" },
            {
              name: "proposalDueAt",
              label: "Proposals due (UTC)",
              type: "datetime-local",
              defaultValue: program.proposalDueAt?.toISOString().slice(0, 16) ?? "",
            },
            { name: "rfpDraft", label: "RFP text", type: "textarea", rows: 10, defaultValue: program.rfpDraft },
          ]}
        />
      ) : (
        <div className="flex flex-col gap-2">
          <p>
            RFP {program.rfpNumber} · posted {program.postedAt ? formatDateTime(program.postedAt) : "—"} · proposals due{" "}
            {program.proposalDueAt ? formatDateTime(program.proposalDueAt) : "—"}
          </p>
          <p className="whitespace-pre-wrap">{program.rfpDraft}</p>
        </div>
      )}
      <h3 className="mt-4 font-semibold">RFP documents</h3>
      <DocumentList documents={view.documents} empty="No documents yet." />
      {stages.editsSolicitation && (
        <div className="mt-3">
          <UploadForm target="program" targetId={program.id} label="Upload RFP document" />
        </div>
      )}
    </Card>
  );
}
