import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import {
  SURVEY_ANSWER_FIELDS,
  committeeSeatOf,
  findSurveyQuestions,
  findVisibleProgram,
} from "@/lib/services/programs/internal/access";
import { stageIndex } from "./stage-rules";
import { proposalTotals } from "@/lib/services/programs/internal/proposal-totals";

const fileSelect = {
  select: { id: true, title: true, file: { select: { id: true, filename: true, sizeBytes: true, contentType: true } } },
} as const;

/** A proposal as the program page shows it: its summary, price schedule and documents. */
const proposalFields = {
  id: true,
  summary: true,
  status: true,
  submittedAt: true,
  priceLines: { orderBy: { position: "asc" } },
  documents: { orderBy: { createdAt: "asc" }, ...fileSelect },
} as const;

/** Everything one person may see of a program, shaped by side and committee seat. */
export async function getProgram({ actor, input }: VerbArgs<{ programId: string }>) {
  assertCan(actor, "programs.view");
  const program = await findVisibleProgram(actor, input.programId);
  const isStaff = actor.side === "staff";
  const seat = await committeeSeatOf(actor, program.id);
  const posted = stageIndex(program.stage) >= stageIndex("SOLICITATION");
  const readsDraft = isStaff || Boolean(seat) || posted;
  const [timeline, questions, committee, comments, documents, vendorQuestions, criteria, contract] = await Promise.all([
    db.programStageChange.findMany({
      where: { programId: program.id },
      orderBy: { at: "asc" },
      select: {
        id: true,
        fromStage: true,
        toStage: true,
        note: true,
        at: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    actor.side === "vendor"
      ? []
      : findSurveyQuestions(program.id, {
          where: { organizationId: actor.organization.id },
          select: SURVEY_ANSWER_FIELDS,
        }),
    isStaff || seat
      ? db.committeeMember.findMany({
          where: { programId: program.id },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            user: { select: { name: true, email: true, title: true } },
            organization: { select: { name: true } },
          },
        })
      : [],
    isStaff || seat
      ? db.rfpComment.findMany({
          where: { programId: program.id },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            body: true,
            createdAt: true,
            author: { select: { name: true } },
            organization: { select: { name: true } },
          },
        })
      : [],
    isStaff || posted
      ? db.programDocument.findMany({ where: { programId: program.id }, orderBy: { createdAt: "asc" }, ...fileSelect })
      : [],
    isStaff || actor.side === "vendor"
      ? db.vendorQuestion.findMany({
          // vendors see every published answer, and their own questions still waiting
          where: {
            programId: program.id,
            ...(isStaff ? {} : { OR: [{ answer: { not: null } }, { vendorOrganizationId: actor.organization.id }] }),
          },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            question: true,
            answer: true,
            answeredAt: true,
            createdAt: true,
            vendorOrganizationId: true,
            vendorOrganization: { select: { name: true } },
          },
        })
      : [],
    db.evaluationCriterion.findMany({
      where: { programId: program.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, weight: true },
    }),
    db.contract.findUnique({
      where: { programId: program.id },
      select: { id: true, number: true, status: true, vendorOrganization: { select: { name: true } } },
    }),
  ]);
  const myProposal =
    actor.side === "vendor"
      ? await db.proposal.findUnique({
          where: {
            programId_vendorOrganizationId: { programId: program.id, vendorOrganizationId: actor.organization.id },
          },
          select: proposalFields,
        })
      : null;
  const seesProposals = isStaff || (seat && posted && program.stage !== "SOLICITATION");
  const proposals = seesProposals
    ? await db.proposal.findMany({
        where: { programId: program.id },
        orderBy: { submittedAt: "asc" },
        select: {
          ...proposalFields,
          vendorOrganization: { select: { name: true } },
          scores: seat
            ? { where: { committeeMemberId: seat.id }, select: { criterionId: true, score: true, comment: true } }
            : { where: { id: "" }, select: { criterionId: true, score: true, comment: true } },
        },
      })
    : [];
  return {
    program: { ...program, rfpDraft: readsDraft ? program.rfpDraft : "" },
    readsDraft,
    seat,
    timeline,
    questions,
    committee,
    comments,
    documents,
    vendorQuestions: vendorQuestions.map((q) => ({
      ...q,
      mine: q.vendorOrganizationId === actor.organization.id,
      vendorName: isStaff ? q.vendorOrganization.name : null,
    })),
    criteria,
    contract,
    myProposal,
    proposals,
    totals: isStaff ? await proposalTotals(program.id) : [],
  };
}

export type ProgramView = Awaited<ReturnType<typeof getProgram>>;
