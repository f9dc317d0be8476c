import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { getProgram } from "@/lib/services/programs/get-program";
import { PROGRAM_STAGE_LABEL, PROPOSAL_STATUS_LABEL, SURVEY_INTEREST_LABEL, SURVEY_TIMELINE_LABEL } from "@/lib/labels";
import { formatDateTime } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { UploadForm } from "@/components/upload-form";
import { StageTrack, Timeline } from "@/components/programs/timeline";
import { DocumentList } from "@/components/programs/documents";
import { PriceTable } from "@/components/programs/price-table";
import {
  answerSurveyAction,
  askVendorQuestionAction,
  commentOnRfpAction,
  scoreProposalAction,
  submitProposalAction,
} from "@/app/actions/programs";

export const metadata: Metadata = { title: "Program" };

const opts = (labels: Record<string, string>) => [
  { value: "", label: "Choose…" },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

export default async function ProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/programs/${id}`);
  if (actor.side === "staff") redirect(`/staff/programs/${id}`);
  const view = await loadForPage(() => getProgram({ actor, input: { programId: id } }));
  const { program } = view;
  const open = program.stage === "SOLICITATION" && program.proposalDueAt && program.proposalDueAt > new Date();
  const posted = !["FORECAST", "RFP_DRAFTING"].includes(program.stage);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href="/programs">All programs</Link>
        </p>
        <h1>{program.title}</h1>
        <p className="text-slate-700">
          {program.category} · {program.summary}
        </p>
        <StageTrack stage={program.stage} />
        {view.contract && (
          <p>
            Contract <Link href={`/contracts/${view.contract.id}`}>{view.contract.number}</Link> with{" "}
            {view.contract.vendorOrganization.name} ({PROGRAM_STAGE_LABEL[view.contract.status]})
          </p>
        )}
      </div>

      {actor.side === "member" && program.stage === "FORECAST" && (
        <Card title="Needs survey">
          {view.questions.length === 0 && (
            <EmptyState>The cooperative has not published survey questions yet.</EmptyState>
          )}
          <div className="flex flex-col gap-6">
            {view.questions.map((q) => {
              const a = q.answers[0];
              return (
                <section key={q.id} aria-label={q.prompt} className="border-t border-slate-200 pt-3">
                  <h3 className="font-semibold">{q.prompt}</h3>
                  {a && (
                    <p className="text-sm text-slate-700">
                      Your organization answered: {SURVEY_INTEREST_LABEL[a.interest]} interest,{" "}
                      {SURVEY_TIMELINE_LABEL[a.timeline]}.
                    </p>
                  )}
                  <ActionForm
                    action={answerSurveyAction}
                    submitLabel={a ? "Update answer" : "Send answer"}
                    hidden={{ programId: program.id, questionId: q.id }}
                    fields={[
                      {
                        name: "interest",
                        label: "Interest",
                        type: "select",
                        options: opts(SURVEY_INTEREST_LABEL),
                        defaultValue: a?.interest,
                      },
                      {
                        name: "estimatedQuantity",
                        label: "Estimated quantity (optional)",
                        type: "number",
                        defaultValue: a?.estimatedQuantity?.toString(),
                      },
                      {
                        name: "estimatedBudget",
                        label: "Estimated budget in dollars (optional)",
                        defaultValue: a?.estimatedBudgetCents ? (a.estimatedBudgetCents / 100).toString() : "",
                      },
                      {
                        name: "timeline",
                        label: "When would you buy?",
                        type: "select",
                        options: opts(SURVEY_TIMELINE_LABEL),
                        defaultValue: a?.timeline,
                      },
                      {
                        name: "comment",
                        label: "Comment (optional)",
                        type: "textarea",
                        rows: 2,
                        defaultValue: a?.comment ?? "",
                      },
                    ]}
                  />
                </section>
              );
            })}
          </div>
        </Card>
      )}

      {view.readsDraft && (
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
      )}

      {view.seat && (
        <Card title="Committee comments">
          {view.comments.length ? (
            <ul className="mb-4 flex flex-col gap-3">
              {view.comments.map((c) => (
                <li key={c.id}>
                  <p className="whitespace-pre-wrap">{c.body}</p>
                  <p className="text-sm text-slate-700">
                    {c.author.name}, {c.organization.name} · {formatDateTime(c.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-slate-700">No comments yet.</p>
          )}
          {!posted && (
            <ActionForm
              action={commentOnRfpAction}
              submitLabel="Post comment"
              hidden={{ programId: program.id }}
              fields={[
                {
                  name: "body",
                  label: "Your comment on the draft",
                  type: "textarea",
                  rows: 3,
                },
              ]}
            />
          )}
          <p className="mt-3 text-sm text-slate-700">
            Committee: {view.committee.map((m) => `${m.user.name ?? m.user.email} (${m.organization.name})`).join("; ")}
          </p>
        </Card>
      )}

      {view.seat && program.stage === "EVALUATION" && (
        <Card title="Score the proposals">
          <p className="mb-3 text-slate-700">
            Score each criterion from 0 (does not meet) to 10 (excellent). Weights:{" "}
            {view.criteria.map((c) => `${c.name} ${c.weight}%`).join(", ")}.
          </p>
          {view.proposals.map((p) => (
            <section
              key={p.id}
              aria-label={`Proposal from ${p.vendorOrganization.name}`}
              className="mb-6 border-t border-slate-200 pt-3"
            >
              <h3 className="font-semibold">{p.vendorOrganization.name}</h3>
              <p className="my-2 whitespace-pre-wrap">{p.summary}</p>
              <DocumentList documents={p.documents} empty="No documents attached." />
              <PriceTable
                caption={`${p.vendorOrganization.name} price schedule`}
                lines={p.priceLines.map((l) => ({ ...l, price: l.priceCents }))}
              />
              <div className="mt-3">
                <ActionForm
                  action={scoreProposalAction}
                  submitLabel={
                    p.scores.length
                      ? `Update scores for ${p.vendorOrganization.name}`
                      : `Save scores for ${p.vendorOrganization.name}`
                  }
                  hidden={{ programId: program.id, proposalId: p.id }}
                  fields={[
                    ...view.criteria.map((c) => ({
                      name: `score_${c.id}`,
                      label: `${c.name} (0–10)`,
                      type: "number" as const,
                      defaultValue: p.scores.find((s) => s.criterionId === c.id)?.score.toString(),
                    })),
                    {
                      name: "comment",
                      label: "Comment (optional)",
                      type: "textarea" as const,
                      rows: 2,
                      defaultValue: p.scores[0]?.comment ?? "",
                    },
                  ]}
                />
              </div>
            </section>
          ))}
        </Card>
      )}

      {actor.side === "vendor" && (
        <>
          <Card title="Questions and published answers">
            {view.vendorQuestions.length ? (
              <ul className="mb-4 flex flex-col gap-3">
                {view.vendorQuestions.map((q) => (
                  <li key={q.id}>
                    <p>
                      <span className="font-medium">Q:</span> {q.question}
                    </p>
                    <p className="whitespace-pre-wrap">
                      {q.answer ? (
                        <>
                          <span className="font-medium">A:</span> {q.answer}
                        </>
                      ) : (
                        <span className="text-slate-700">Your question is waiting for an answer.</span>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-4 text-slate-700">No questions answered yet.</p>
            )}
            {open && (
              <ActionForm
                action={askVendorQuestionAction}
                submitLabel="Ask the cooperative"
                hidden={{ programId: program.id }}
                fields={[
                  {
                    name: "question",
                    label: "Your question about the RFP",
                    type: "textarea",
                    rows: 3,
                  },
                ]}
              />
            )}
          </Card>
          <Card title="Your proposal">
            {view.myProposal ? (
              <div className="mb-4 flex flex-col gap-2">
                <p>
                  {PROPOSAL_STATUS_LABEL[view.myProposal.status]} {formatDateTime(view.myProposal.submittedAt)}
                </p>
                <DocumentList documents={view.myProposal.documents} empty="No documents attached yet." />
                <PriceTable
                  caption="Your price schedule"
                  lines={view.myProposal.priceLines.map((l) => ({
                    ...l,
                    price: l.priceCents,
                  }))}
                />
              </div>
            ) : (
              <p className="mb-4 text-slate-700">You have not submitted a proposal.</p>
            )}
            {open ? (
              <div className="flex flex-col gap-6">
                <ActionForm
                  action={submitProposalAction}
                  submitLabel={view.myProposal ? "Replace proposal" : "Submit proposal"}
                  hidden={{ programId: program.id }}
                  fields={[
                    {
                      name: "summary",
                      label: "Proposal summary",
                      type: "textarea",
                      rows: 4,
                      defaultValue: view.myProposal?.summary,
                    },
                    {
                      name: "priceSchedule",
                      label: "Price schedule",
                      type: "textarea",
                      rows: 5,
                      hint: "One line per item: item code | description | unit | price | pilot price (optional) | list price (optional). Example: EDR-100 | Endpoint protection | per device per year | 42.00 | 30.00 | 60.00",
                      defaultValue: view.myProposal?.priceLines
                        .map((l) =>
                          [
                            l.itemCode,
                            l.description,
                            l.unit,
                            (l.priceCents / 100).toFixed(2),
                            l.pilotPriceCents === null ? "" : (l.pilotPriceCents / 100).toFixed(2),
                            l.listPriceCents === null ? "" : (l.listPriceCents / 100).toFixed(2),
                          ].join(" | "),
                        )
                        .join("\n"),
                    },
                  ]}
                />
                {view.myProposal && (
                  <UploadForm target="proposal" targetId={view.myProposal.id} label="Attach proposal document" />
                )}
              </div>
            ) : (
              <p className="text-slate-700">
                {program.stage === "SOLICITATION"
                  ? "The due date has passed; proposals are closed."
                  : "This solicitation is closed."}
              </p>
            )}
          </Card>
        </>
      )}

      <Card title="Timeline">
        <Timeline timeline={view.timeline} />
      </Card>
    </div>
  );
}
