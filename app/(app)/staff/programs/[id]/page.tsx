import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { getProgram } from "@/lib/services/programs/get-program";
import { getSurveyDemand } from "@/lib/services/programs/survey";
import { listPilotCandidates } from "@/lib/services/contracts/pilot";
import { nextStage } from "@/lib/services/programs/stages";
import { PROGRAM_STAGE_LABEL, PROPOSAL_STATUS_LABEL, SURVEY_INTEREST_LABEL, SURVEY_TIMELINE_LABEL } from "@/lib/labels";
import { formatCents, formatDateTime } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { UploadForm } from "@/components/upload-form";
import { StageTrack, Timeline } from "@/components/programs/timeline";
import { DocumentList } from "@/components/programs/documents";
import { PriceTable } from "@/components/programs/price-table";
import {
  addPilotParticipantAction,
  answerVendorQuestionAction,
  appointCommitteeMemberAction,
  awardProposalAction,
  moveProgramStageAction,
  publishSurveyQuestionAction,
  setCriteriaAction,
  updateRfpDraftAction,
} from "@/app/actions/programs";
import type { SurveyInterest, SurveyTimeline } from "@/lib/generated/prisma/enums";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Manage program" };

export default async function StaffProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/staff/programs/${id}`);
  const view = await loadForPage(async () => {
    assertCan(actor, "programs.manage");
    return getProgram({ actor, input: { programId: id } });
  });
  const { program } = view;
  const demand = await loadForPage(() => getSurveyDemand({ actor, input: { programId: id } }));
  const pilot =
    view.contract && ["AWARDED", "PILOT"].includes(program.stage)
      ? await loadForPage(() =>
          listPilotCandidates({
            actor,
            input: { contractId: view.contract!.id },
          }),
        )
      : null;
  const next = nextStage(program.stage);
  const stageEarly = program.stage === "FORECAST" || program.stage === "RFP_DRAFTING";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href="/staff/programs">All programs</Link>
        </p>
        <h1>{program.title}</h1>
        <p className="text-slate-700">
          {program.category} · {program.summary}
        </p>
        <StageTrack stage={program.stage} />
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Move the program">
          {next && next !== "AWARDED" && program.stage !== "PILOT" && program.stage !== "PROGRAM" ? (
            <ActionForm
              action={moveProgramStageAction}
              submitLabel={`Move to ${PROGRAM_STAGE_LABEL[next]}`}
              hidden={{ programId: program.id, toStage: next }}
              fields={[{ name: "note", label: "Note for the timeline (optional)" }]}
            />
          ) : program.stage === "EVALUATION" ? (
            <p>Award a scored proposal below to move to Awarded.</p>
          ) : program.stage === "PILOT" ? (
            <div className="flex flex-col gap-4">
              <ActionForm
                action={moveProgramStageAction}
                submitLabel="Go: open the program to every member"
                hidden={{ programId: program.id, toStage: "PROGRAM" }}
                fields={[
                  {
                    name: "note",
                    label: "Go decision",
                    type: "textarea",
                    rows: 2,
                  },
                ]}
              />
              <ActionForm
                action={moveProgramStageAction}
                variant="danger"
                submitLabel="No-go: retire the program"
                hidden={{ programId: program.id, toStage: "RETIRED" }}
                fields={[
                  {
                    name: "note",
                    label: "No-go reason",
                    type: "textarea",
                    rows: 2,
                  },
                ]}
              />
            </div>
          ) : program.stage === "PROGRAM" ? (
            <ActionForm
              action={moveProgramStageAction}
              variant="danger"
              submitLabel="Retire the program"
              hidden={{ programId: program.id, toStage: "RETIRED" }}
              fields={[
                {
                  name: "note",
                  label: "Why it is retired",
                  type: "textarea",
                  rows: 2,
                },
              ]}
            />
          ) : (
            <p>This program is retired.</p>
          )}
        </Card>
        <Card title="Timeline">
          <Timeline timeline={view.timeline} />
        </Card>
      </div>

      <Card title="Needs survey">
        {demand.length ? (
          <div className="flex flex-col gap-4">
            {demand.map((q) => (
              <div key={q.id} {...SCROLL_REGION} className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="mb-1 text-left font-medium">
                    {q.prompt} ({q.responses} responses)
                  </caption>
                  <thead className="bg-slate-100">
                    <tr>
                      {(Object.keys(q.interest) as SurveyInterest[]).map((k) => (
                        <th key={k} scope="col" className="p-2">
                          Interest: {SURVEY_INTEREST_LABEL[k]}
                        </th>
                      ))}
                      {(Object.keys(q.timeline) as SurveyTimeline[]).map((k) => (
                        <th key={k} scope="col" className="p-2">
                          {SURVEY_TIMELINE_LABEL[k]}
                        </th>
                      ))}
                      <th scope="col" className="p-2 text-right">
                        Total quantity
                      </th>
                      <th scope="col" className="p-2 text-right">
                        Total budget
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      {(Object.keys(q.interest) as SurveyInterest[]).map((k) => (
                        <td key={k} className="p-2">
                          {q.interest[k]}
                        </td>
                      ))}
                      {(Object.keys(q.timeline) as SurveyTimeline[]).map((k) => (
                        <td key={k} className="p-2">
                          {q.timeline[k]}
                        </td>
                      ))}
                      <td className="p-2 text-right">{q.quantity.toLocaleString("en-US")}</td>
                      <td className="p-2 text-right">{formatCents(q.budgetCents)}</td>
                    </tr>
                  </tbody>
                </table>
                {q.interested.length > 0 && (
                  <p className="text-sm text-slate-700">Interested: {q.interested.join(", ")}</p>
                )}
              </div>
            ))}
          </div>
        ) : (
          <EmptyState>Publish a question; member organizations answer it from their program page.</EmptyState>
        )}
        {program.stage === "FORECAST" && (
          <div className="mt-4">
            <ActionForm
              action={publishSurveyQuestionAction}
              submitLabel="Publish question"
              hidden={{ programId: program.id }}
              fields={[{ name: "prompt", label: "Survey question", required: true }]}
            />
          </div>
        )}
      </Card>

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Pilot review committee">
          {view.committee.length ? (
            <ul className="flex flex-col gap-1">
              {view.committee.map((m) => (
                <li key={m.id}>
                  {m.user.name ?? m.user.email} — {m.organization.name}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>Appoint member staff to advise on the RFP and score the proposals.</EmptyState>
          )}
          {program.stage !== "RETIRED" && (
            <div className="mt-4">
              <ActionForm
                action={appointCommitteeMemberAction}
                submitLabel="Appoint"
                hidden={{ programId: program.id }}
                fields={[
                  {
                    name: "email",
                    label: "Member staff email",
                    type: "email",
                    required: true,
                  },
                ]}
              />
            </div>
          )}
        </Card>
        <Card title="Committee comments on the RFP">
          {view.comments.length ? (
            <ul className="flex flex-col gap-3">
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
            <EmptyState>Committee members comment on the draft from their program page.</EmptyState>
          )}
        </Card>
      </div>

      <Card title="RFP">
        {stageEarly ? (
          <ActionForm
            action={updateRfpDraftAction}
            submitLabel="Save RFP"
            hidden={{ programId: program.id }}
            fields={[
              {
                name: "rfpNumber",
                label: "RFP number",
                defaultValue: program.rfpNumber ?? "",
              },
              {
                name: "proposalDueAt",
                label: "Proposals due (UTC)",
                type: "datetime-local",
                defaultValue: program.proposalDueAt?.toISOString().slice(0, 16) ?? "",
              },
              {
                name: "rfpDraft",
                label: "RFP text",
                type: "textarea",
                rows: 10,
                defaultValue: program.rfpDraft,
              },
            ]}
          />
        ) : (
          <div className="flex flex-col gap-2">
            <p>
              RFP {program.rfpNumber} · posted {program.postedAt ? formatDateTime(program.postedAt) : "—"} · proposals
              due {program.proposalDueAt ? formatDateTime(program.proposalDueAt) : "—"}
            </p>
            <p className="whitespace-pre-wrap">{program.rfpDraft}</p>
          </div>
        )}
        <h3 className="mt-4 font-semibold">RFP documents</h3>
        <DocumentList documents={view.documents} empty="No documents yet." />
        {(stageEarly || program.stage === "SOLICITATION") && (
          <div className="mt-3">
            <UploadForm target="program" targetId={program.id} label="Upload RFP document" />
          </div>
        )}
      </Card>

      <Card title="Vendor questions">
        {view.vendorQuestions.length ? (
          <ul className="flex flex-col gap-4">
            {view.vendorQuestions.map((q) => (
              <li key={q.id} className="flex flex-col gap-2 border-t border-slate-200 pt-2">
                <p>
                  <span className="font-medium">{q.vendorName}:</span> {q.question}
                </p>
                {q.answer ? (
                  <p className="whitespace-pre-wrap">Answer: {q.answer}</p>
                ) : (
                  <ActionForm
                    action={answerVendorQuestionAction}
                    submitLabel="Publish answer to every vendor"
                    hidden={{ programId: program.id, questionId: q.id }}
                    fields={[
                      {
                        name: "answer",
                        label: "Answer",
                        type: "textarea",
                        rows: 2,
                      },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            Vendors ask questions while the solicitation is open; answers are published to every vendor.
          </EmptyState>
        )}
      </Card>

      <Card title="Evaluation criteria">
        <ul className="mb-3 list-disc pl-5">
          {view.criteria.map((c) => (
            <li key={c.id}>
              {c.name}: {c.weight}%
            </li>
          ))}
        </ul>
        {(stageEarly || program.stage === "SOLICITATION") && (
          <ActionForm
            action={setCriteriaAction}
            submitLabel="Save criteria"
            hidden={{ programId: program.id }}
            fields={[
              {
                name: "criteria",
                label: "Criteria, one per line: name | weight",
                type: "textarea",
                rows: 5,
                defaultValue: view.criteria.map((c) => `${c.name} | ${c.weight}`).join("\n"),
              },
            ]}
          />
        )}
      </Card>

      <Card title="Proposals and scores">
        {view.totals.length ? (
          <div {...SCROLL_REGION} className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Proposals ranked by weighted total</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">
                    Vendor
                  </th>
                  {view.criteria.map((c) => (
                    <th key={c.id} scope="col" className="p-2">
                      {c.name} ({c.weight}%)
                    </th>
                  ))}
                  <th scope="col" className="p-2 text-right">
                    Total / 100
                  </th>
                  <th scope="col" className="p-2">
                    Scored by
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.totals.map((t) => (
                  <tr key={t.proposalId} className="border-t border-slate-200">
                    <td className="p-2">{t.vendor}</td>
                    {t.perCriterion.map((c) => (
                      <td key={c.criterionId} className="p-2">
                        {c.mean === null ? "—" : c.mean.toFixed(1)}
                      </td>
                    ))}
                    <td className="p-2 text-right font-semibold">{t.total}</td>
                    <td className="p-2">
                      {t.scorers} member{t.scorers === 1 ? "" : "s"}
                    </td>
                    <td className="p-2">{PROPOSAL_STATUS_LABEL[t.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>Vendors submit proposals while the solicitation is open.</EmptyState>
        )}
        {view.proposals.map((p) => (
          <details key={p.id} className="mt-3">
            <summary className="cursor-pointer">{p.vendorOrganization.name}: proposal and price schedule</summary>
            <p className="my-2 whitespace-pre-wrap">{p.summary}</p>
            <DocumentList documents={p.documents} empty="No documents attached." />
            <PriceTable
              caption={`${p.vendorOrganization.name} price schedule`}
              lines={p.priceLines.map((l) => ({ ...l, price: l.priceCents }))}
            />
          </details>
        ))}
        {program.stage === "EVALUATION" && view.totals.length > 0 && (
          <div className="mt-4">
            <h3 className="mb-2 font-semibold">Award</h3>
            <ActionForm
              action={awardProposalAction}
              submitLabel="Award the contract"
              hidden={{ programId: program.id }}
              fields={[
                {
                  name: "proposalId",
                  label: "Winning proposal",
                  type: "select",
                  options: view.totals.map((t) => ({
                    value: t.proposalId,
                    label: `${t.vendor} (${t.total} / 100)`,
                  })),
                },
                {
                  name: "contractNumber",
                  label: "Contract number",
                  defaultValue: program.rfpNumber ? `${program.rfpNumber}-C` : "",
                },
                { name: "termStart", label: "Term starts", type: "date" },
                { name: "termEnd", label: "Term ends", type: "date" },
                {
                  name: "renewalOptions",
                  label: "Renewal options",
                  defaultValue: "Two optional one-year renewals",
                },
                {
                  name: "renewalsRemaining",
                  label: "Renewals available",
                  type: "number",
                  defaultValue: "2",
                },
              ]}
            />
          </div>
        )}
      </Card>

      {view.contract && (
        <Card title="Contract and pilot">
          <p>
            <Link href={`/contracts/${view.contract.id}`}>Contract {view.contract.number}</Link> with{" "}
            {view.contract.vendorOrganization.name} · {PROGRAM_STAGE_LABEL[view.contract.status]}
          </p>
          {pilot && (
            <div className="mt-3 flex flex-col gap-3">
              <p>Pilot participants: {pilot.participants.length ? pilot.participants.join(", ") : "none yet"}</p>
              <ActionForm
                action={addPilotParticipantAction}
                submitLabel="Add pilot participant"
                hidden={{ programId: program.id, contractId: view.contract.id }}
                fields={[
                  {
                    name: "organizationId",
                    label: "Member organization",
                    type: "select",
                    options: pilot.candidates.map((o) => ({
                      value: o.id,
                      label: o.name,
                    })),
                  },
                ]}
              />
            </div>
          )}
          <div className="mt-3">
            <UploadForm target="contract" targetId={view.contract.id} label="Upload contract document" />
          </div>
        </Card>
      )}
    </div>
  );
}
