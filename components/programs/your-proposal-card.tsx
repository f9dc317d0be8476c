// A vendor's "Your proposal": what it submitted, and the form that submits or replaces it while proposals are open.
import { PROPOSAL_STATUS_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import type { ProgramView } from "@/lib/services/programs/get-program";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { UploadForm } from "@/components/upload-form";
import { submitProposalAction } from "@/app/actions/programs/solicitation";
import { DocumentList } from "./documents";
import { PriceTable } from "./price-table";

type Proposal = NonNullable<ProgramView["myProposal"]>;

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));

/** The schedule as the form's text: one line per item, "code | description | unit | price | pilot | list". */
function scheduleText(p: Proposal | null): string | undefined {
  return p?.priceLines
    .map((l) =>
      [
        l.itemCode,
        l.description,
        l.unit,
        dollars(l.priceCents),
        dollars(l.pilotPriceCents),
        dollars(l.listPriceCents),
      ].join(" | "),
    )
    .join("\n");
}

export function YourProposalCard({ view, open }: { view: ProgramView; open: boolean }) {
  const mine = view.myProposal;
  return (
    <Card title="Your proposal">
      {mine ? (
        <div className="mb-4 flex flex-col gap-2">
          <p>
            {PROPOSAL_STATUS_LABEL[mine.status]} {formatDateTime(mine.submittedAt)}
          </p>
          <DocumentList documents={mine.documents} empty="No documents attached yet." />
          <PriceTable
            caption="Your price schedule"
            lines={mine.priceLines.map((l) => ({ ...l, price: l.priceCents }))}
          />
        </div>
      ) : (
        <p className="mb-4 text-slate-700">You have not submitted a proposal.</p>
      )}
      {open ? (
        <div className="flex flex-col gap-6">
          <ActionForm
            action={submitProposalAction}
            submitLabel={mine ? "Replace proposal" : "Submit proposal"}
            hidden={{ programId: view.program.id }}
            fields={[
              { name: "summary", label: "Proposal summary", type: "textarea", rows: 4, defaultValue: mine?.summary },
              {
                name: "priceSchedule",
                label: "Price schedule",
                type: "textarea",
                rows: 5,
                hint: "One line per item: item code | description | unit | price | pilot price (optional) | list price (optional). Example: EDR-100 | Endpoint protection | per device per year | 42.00 | 30.00 | 60.00",
                defaultValue: scheduleText(mine),
              },
            ]}
          />
          {mine && <UploadForm target="proposal" targetId={mine.id} label="Attach proposal document" />}
        </div>
      ) : (
        <p className="text-slate-700">
          {view.program.stage === "SOLICITATION"
            ? "The due date has passed; proposals are closed."
            : "This solicitation is closed."}
        </p>
      )}
    </Card>
  );
}
