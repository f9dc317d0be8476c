// Staff's "Contract and pilot": the awarded contract, its pilot participants and the forms that add to them.
import Link from "next/link";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import type { ProgramView } from "@/lib/services/programs/get-program";
import type { listPilotCandidates } from "@/lib/services/contracts/list-pilot-candidates";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { UploadForm } from "@/components/upload-form";
import { addPilotParticipantAction } from "@/app/actions/programs/pilot";

type Props = {
  programId: string;
  contract: NonNullable<ProgramView["contract"]>;
  /** Participants and candidates while the pilot can still take members; null otherwise. */
  pilot: Awaited<ReturnType<typeof listPilotCandidates>> | null;
};

export function ContractPilotCard({ programId, contract, pilot }: Props) {
  return (
    <Card title="Contract and pilot">
      <p>
        <Link href={`/contracts/${contract.id}`}>Contract {contract.number}</Link> with{" "}
        {contract.vendorOrganization.name} · {PROGRAM_STAGE_LABEL[contract.status]}
      </p>
      {pilot && (
        <div className="mt-3 flex flex-col gap-3">
          <p>Pilot participants: {pilot.participants.length ? pilot.participants.join(", ") : "none yet"}</p>
          <ActionForm
            action={addPilotParticipantAction}
            submitLabel="Add pilot participant"
            hidden={{ programId, contractId: contract.id }}
            fields={[
              {
                name: "organizationId",
                label: "Member organization",
                type: "select",
                options: pilot.candidates.map((o) => ({ value: o.id, label: o.name })),
              },
            ]}
          />
        </div>
      )}
      <div className="mt-3">
        <UploadForm target="contract" targetId={contract.id} label="Upload contract document" />
      </div>
    </Card>
  );
}
