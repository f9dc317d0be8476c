import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // uploads of this file go to a throw-away directory, not the developer's .data/uploads
  process.env.UPLOAD_DIR = `/tmp/portal-uploads-test-${process.pid}`;
});

import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { moveProgramStage } from "@/lib/services/programs/move-program-stage";
import { createProgram } from "@/lib/services/programs/create-program";
import { answerSurvey } from "@/lib/services/programs/answer-survey";
import { getSurveyDemand } from "@/lib/services/programs/get-survey-demand";
import { publishSurveyQuestion } from "@/lib/services/programs/publish-survey-question";
import { commentOnRfp } from "@/lib/services/programs/comment-on-rfp";
import { askVendorQuestion } from "@/lib/services/programs/ask-vendor-question";
import { answerVendorQuestion } from "@/lib/services/programs/answer-vendor-question";
import { submitProposal } from "@/lib/services/programs/submit-proposal";
import { findVisibleProposal } from "@/lib/services/programs/internal/access";
import { scoreProposal } from "@/lib/services/programs/score-proposal";
import { awardProposal } from "@/lib/services/programs/award-proposal";
import { getProgram } from "@/lib/services/programs/get-program";
import { stageMoveProblem } from "@/lib/services/programs/stage-rules";
import { attachDocument } from "@/lib/services/contracts/attach-document";
import { getFileForDownload } from "@/lib/services/contracts/get-file-for-download";
import { getContractForPurchase } from "@/lib/services/contracts/get-contract-for-purchase";
import { addPilotParticipant } from "@/lib/services/contracts/add-pilot-participant";
import { reportPilotIssue } from "@/lib/services/contracts/report-pilot-issue";
import { resolvePilotIssue } from "@/lib/services/contracts/resolve-pilot-issue";
import { respondToPilotIssue } from "@/lib/services/contracts/respond-to-pilot-issue";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/save-upload";
import {
  awardedProgram,
  passDueDate,
  programWorld,
  SCHEDULE_X,
  SCHEDULE_Y,
  scoreAll,
  solicitingProgram,
} from "../factories/programs";
import { uid } from "../factories";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n");

describe("program lifecycle", () => {
  it("stages cannot be skipped, and every move is on the timeline with who and when", async () => {
    const w = await programWorld();
    const program = await createProgram({
      actor: w.staff.actor,
      input: { title: `Skip ${uid()}`, summary: "s", category: "c" },
    });
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "SOLICITATION" } }),
    ).rejects.toThrow(/one stage at a time/);
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "PROGRAM" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "RETIRED", note: "no" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } });
    // SOLICITATION needs an RFP number, text and a future due date
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "SOLICITATION" } }),
    ).rejects.toThrow(/RFP a number/);
    const timeline = await db.programStageChange.findMany({ where: { programId: program.id }, orderBy: { at: "asc" } });
    expect(timeline.map((t) => [t.fromStage, t.toStage, t.actorUserId])).toEqual([
      [null, "FORECAST", w.staff.user.id],
      ["FORECAST", "RFP_DRAFTING", w.staff.user.id],
    ]);
    expect(await db.auditEvent.count({ where: { action: "program.stage_change", entityId: program.id } })).toBe(1);
  });

  it("only staff move programs", async () => {
    const w = await programWorld();
    const program = await createProgram({
      actor: w.staff.actor,
      input: { title: `Auth ${uid()}`, summary: "s", category: "c" },
    });
    await expect(
      moveProgramStage({ actor: w.townA.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      moveProgramStage({ actor: w.vendorX.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the pure rules: closing needs the due date to pass and weights of 100", () => {
    const facts = {
      stage: "SOLICITATION" as const,
      rfpNumber: "R",
      rfpDraft: "x",
      proposalDueAt: new Date("2026-08-01T00:00:00Z"),
      criteriaWeightTotal: 100,
      proposals: 1,
      fullyScoredProposals: 0,
      hasContract: false,
      pilotParticipants: 0,
      unresolvedPilotIssues: 0,
    };
    expect(stageMoveProblem(facts, "EVALUATION", new Date("2026-07-31T23:59:59Z"))).toMatch(/before its due date/);
    expect(stageMoveProblem(facts, "EVALUATION", new Date("2026-08-01T00:00:00Z"))).toBeNull();
    expect(
      stageMoveProblem({ ...facts, criteriaWeightTotal: 90 }, "EVALUATION", new Date("2026-09-01T00:00:00Z")),
    ).toMatch(/add up to 100/);
    expect(stageMoveProblem({ ...facts, stage: "PILOT" }, "PROGRAM", new Date())).toBeNull();
    expect(stageMoveProblem({ ...facts, stage: "PILOT", unresolvedPilotIssues: 1 }, "PROGRAM", new Date())).toMatch(
      /Resolve every pilot issue/,
    );
  });

  it("a solicitation cannot close before its due date; a proposal after the due date is refused", async () => {
    const w = await programWorld();
    const program = await solicitingProgram(w);
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } }),
    ).rejects.toThrow(/before its due date/);
    await submitProposal({
      actor: w.vendorX.actor,
      input: { programId: program.id, summary: "on time", priceSchedule: SCHEDULE_X },
    });
    await passDueDate(program.id);
    await expect(
      submitProposal({
        actor: w.vendorY.actor,
        input: { programId: program.id, summary: "late", priceSchedule: SCHEDULE_Y },
      }),
    ).rejects.toThrow(/no longer accepts/);
    expect(await db.proposal.count({ where: { programId: program.id } })).toBe(1);
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } });
  });

  it("needs survey: staff publish, members answer (once per organization), staff see the demand", async () => {
    const w = await programWorld();
    const program = await createProgram({
      actor: w.staff.actor,
      input: { title: `Survey ${uid()}`, summary: "s", category: "c" },
    });
    const q = await publishSurveyQuestion({
      actor: w.staff.actor,
      input: { programId: program.id, prompt: "Interested?" },
    });
    await answerSurvey({
      actor: w.townA.actor,
      input: {
        questionId: q.id,
        interest: "HIGH",
        timeline: "WITHIN_6_MONTHS",
        estimatedQuantity: 10,
        estimatedBudgetCents: 500_000,
      },
    });
    await answerSurvey({
      actor: w.townA.actor,
      input: { questionId: q.id, interest: "MEDIUM", timeline: "WITHIN_12_MONTHS", estimatedQuantity: 20 },
    });
    await answerSurvey({
      actor: w.townB.actor,
      input: { questionId: q.id, interest: "LOW", timeline: "LATER", estimatedBudgetCents: 100_000 },
    });
    await expect(
      answerSurvey({ actor: w.vendorX.actor, input: { questionId: q.id, interest: "HIGH", timeline: "LATER" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const [demand] = await getSurveyDemand({ actor: w.staff.actor, input: { programId: program.id } });
    expect(demand).toMatchObject({
      responses: 2,
      quantity: 20,
      budgetCents: 100_000,
      interest: { HIGH: 0, MEDIUM: 1, LOW: 1, NONE: 0 },
    });
    await expect(getSurveyDemand({ actor: w.townA.actor, input: { programId: program.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("committee: only appointed members read the draft and comment", async () => {
    const w = await programWorld();
    const program = await createProgram({
      actor: w.staff.actor,
      input: { title: `Committee ${uid()}`, summary: "s", category: "c" },
    });
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "RFP_DRAFTING" } });
    const { appointCommitteeMember } = await import("@/lib/services/programs/appoint-committee-member");
    const { updateRfpDraft } = await import("@/lib/services/programs/update-rfp-draft");
    await updateRfpDraft({ actor: w.staff.actor, input: { programId: program.id, rfpDraft: "Secret draft text" } });
    await appointCommitteeMember({ actor: w.staff.actor, input: { programId: program.id, email: w.townA.user.email } });
    await expect(
      appointCommitteeMember({ actor: w.staff.actor, input: { programId: program.id, email: w.vendorX.user.email } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await commentOnRfp({ actor: w.townA.actor, input: { programId: program.id, body: "Add restore tests." } });
    await expect(
      commentOnRfp({ actor: w.townB.actor, input: { programId: program.id, body: "Me too" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getProgram({ actor: w.townA.actor, input: { programId: program.id } })).program.rfpDraft).toBe(
      "Secret draft text",
    );
    const outsider = await getProgram({ actor: w.townB.actor, input: { programId: program.id } });
    expect(outsider.program.rfpDraft).toBe("");
    expect(outsider.comments).toEqual([]);
    // vendors do not see a program before its RFP is posted
    await expect(getProgram({ actor: w.vendorX.actor, input: { programId: program.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("vendor questions: answers are published to every vendor without naming the asker", async () => {
    const w = await programWorld();
    const program = await solicitingProgram(w);
    const q = await askVendorQuestion({
      actor: w.vendorX.actor,
      input: { programId: program.id, question: "Per user or per device?" },
    });
    expect((await getProgram({ actor: w.vendorY.actor, input: { programId: program.id } })).vendorQuestions).toEqual(
      [],
    );
    await answerVendorQuestion({ actor: w.staff.actor, input: { questionId: q.id, answer: "Per device." } });
    const seen = (await getProgram({ actor: w.vendorY.actor, input: { programId: program.id } })).vendorQuestions;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ answer: "Per device.", vendorName: null, mine: false });
  });

  it("only committee members score; no award without scored proposals; award creates the contract and its price schedule", async () => {
    const w = await programWorld();
    const program = await solicitingProgram(w);
    const px = await submitProposal({
      actor: w.vendorX.actor,
      input: { programId: program.id, summary: "X", priceSchedule: SCHEDULE_X },
    });
    const py = await submitProposal({
      actor: w.vendorY.actor,
      input: { programId: program.id, summary: "Y", priceSchedule: SCHEDULE_Y },
    });
    await passDueDate(program.id);
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } });
    const criteria = await db.evaluationCriterion.findMany({ where: { programId: program.id } });
    const scores = Object.fromEntries(criteria.map((c) => [c.id, 7]));
    await expect(scoreProposal({ actor: w.townB.actor, input: { proposalId: px.id, scores } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      scoreProposal({ actor: w.vendorX.actor, input: { proposalId: px.id, scores } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scoreProposal({ actor: w.staff.actor, input: { proposalId: px.id, scores } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      scoreProposal({
        actor: w.townA.actor,
        input: { proposalId: px.id, scores: { ...scores, [criteria[0].id]: 11 } },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const award = {
      proposalId: px.id,
      contractNumber: uid("C"),
      termStart: "2026-08-01",
      termEnd: "2029-07-31",
      renewalOptions: "None",
      renewalsRemaining: 0,
    };
    await expect(awardProposal({ actor: w.staff.actor, input: award })).rejects.toThrow(/not been scored/);
    await scoreAll(w, px.id, 9);
    await expect(awardProposal({ actor: w.staff.actor, input: award })).rejects.toThrow(
      /Every proposal must be scored/,
    );
    await scoreAll(w, py.id, 5);
    const { contractId } = await awardProposal({ actor: w.staff.actor, input: award });
    const contract = await db.contract.findUniqueOrThrow({
      where: { id: contractId },
      include: { priceLines: { orderBy: { position: "asc" } } },
    });
    expect(contract.status).toBe("AWARDED");
    expect(contract.vendorOrganizationId).toBe(w.vendorX.org.id);
    expect(
      contract.priceLines.map((l) => [l.itemCode, l.contractPriceCents, l.pilotPriceCents, l.listPriceCents]),
    ).toEqual([
      ["NET-1", 100_000, 80_000, 150_000],
      ["NET-2", 10_000, null, 15_000],
    ]);
    expect(contract.awardBasis).toMatch(/2 proposals were evaluated/);
    expect((await db.program.findUniqueOrThrow({ where: { id: program.id } })).stage).toBe("AWARDED");
    expect(await db.auditEvent.count({ where: { action: "program.award", entityId: contractId } })).toBe(1);
  });

  it("a vendor cannot see another vendor's proposal, documents or scores (404)", async () => {
    const w = await programWorld();
    const program = await solicitingProgram(w);
    const px = await submitProposal({
      actor: w.vendorX.actor,
      input: { programId: program.id, summary: "X secret", priceSchedule: SCHEDULE_X },
    });
    const doc = await attachDocument({
      actor: w.vendorX.actor,
      input: { target: "proposal", targetId: px.id, title: "Technical volume", clientFilename: "tech.pdf", bytes: PDF },
    });
    await expect(findVisibleProposal(w.vendorY.actor, px.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFileForDownload({ actor: w.vendorY.actor, input: { fileId: doc.fileId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      attachDocument({
        actor: w.vendorY.actor,
        input: { target: "proposal", targetId: px.id, title: "x", clientFilename: "x.pdf", bytes: PDF },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const asY = await getProgram({ actor: w.vendorY.actor, input: { programId: program.id } });
    expect(asY.myProposal).toBeNull();
    expect(asY.proposals).toEqual([]);
    expect(asY.totals).toEqual([]);
    expect(JSON.stringify(asY)).not.toContain("X secret");
    // the owner, staff, and (after the due date) the committee can read it
    expect((await getFileForDownload({ actor: w.vendorX.actor, input: { fileId: doc.fileId } })).filename).toBe(
      "tech.pdf",
    );
    await getFileForDownload({ actor: w.staff.actor, input: { fileId: doc.fileId } });
    await expect(getFileForDownload({ actor: w.townA.actor, input: { fileId: doc.fileId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await passDueDate(program.id);
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "EVALUATION" } });
    const download = await getFileForDownload({ actor: w.townA.actor, input: { fileId: doc.fileId } });
    expect(Buffer.from(download.bytes).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("uploads that are too large or of a disallowed type are refused with a clear message; the name is sanitised", async () => {
    const w = await programWorld();
    const program = await solicitingProgram(w);
    const base = { target: "program" as const, targetId: program.id, title: "RFP" };
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    await expect(
      attachDocument({ actor: w.staff.actor, input: { ...base, clientFilename: "big.pdf", bytes: big } }),
    ).rejects.toThrow("The file is larger than 10 MB. Upload a smaller file.");
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
    await expect(
      attachDocument({ actor: w.staff.actor, input: { ...base, clientFilename: "rfp.pdf", bytes: exe } }),
    ).rejects.toThrow(/This type of file is not accepted/);
    // the client's path is dropped; the extension follows the detected type
    const ok = await attachDocument({
      actor: w.staff.actor,
      input: { ...base, clientFilename: "../../etc/Scope of Work.pdf", bytes: PDF },
    });
    expect(ok.filename).toBe("Scope-of-Work.pdf");
    const csv = await attachDocument({
      actor: w.staff.actor,
      input: { ...base, clientFilename: "prices.csv", bytes: new TextEncoder().encode("item,price\nA,1\n") },
    });
    expect(csv.filename).toBe("prices.csv");
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: csv.fileId } });
    expect(file.contentType).toBe("text/plain; charset=utf-8");
    expect(await db.storedFile.count({ where: { programDocument: { programId: program.id } } })).toBe(2);
  });
});

describe("contracts for purchase and the pilot", () => {
  it("members see PROGRAM contracts; PILOT only as participants, at pilot prices; other tenants' hidden contracts are 404", async () => {
    const w = await programWorld();
    const { program, contractId } = await awardedProgram(w);
    await expect(getContractForPurchase({ actor: w.townB.actor, input: { contractId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await addPilotParticipant({ actor: w.staff.actor, input: { contractId, organizationId: w.townA.org.id } });
    await moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "PILOT" } });
    const asPilot = await getContractForPurchase({ actor: w.townA.actor, input: { contractId } });
    expect(asPilot).toMatchObject({ isPilotParticipant: true, usesPilotPrices: true, status: "PILOT" });
    expect(asPilot.priceLines.map((l) => l.unitPriceCents)).toEqual([80_000, 10_000]);
    await expect(getContractForPurchase({ actor: w.townB.actor, input: { contractId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getContractForPurchase({ actor: w.vendorY.actor, input: { contractId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getContractForPurchase({ actor: w.vendorX.actor, input: { contractId } })).id).toBe(contractId);

    // the pilot issue log: reported by the pilot town, answered by the vendor, resolved
    await expect(
      reportPilotIssue({ actor: w.townB.actor, input: { contractId, title: "x", description: "y" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const issue = await reportPilotIssue({
      actor: w.townA.actor,
      input: { contractId, title: "VLAN misconfigured", description: "Phones on the wrong VLAN." },
    });
    await expect(
      moveProgramStage({ actor: w.staff.actor, input: { programId: program.id, toStage: "PROGRAM", note: "Go" } }),
    ).rejects.toThrow(/Resolve every pilot issue/);
    await expect(
      respondToPilotIssue({ actor: w.vendorY.actor, input: { issueId: issue.id, response: "not mine" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await respondToPilotIssue({
      actor: w.vendorX.actor,
      input: { issueId: issue.id, response: "Fixed the trunk port." },
    });
    await expect(
      resolvePilotIssue({ actor: w.townB.actor, input: { issueId: issue.id, resolution: "r", lessonsLearned: "l" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await resolvePilotIssue({
      actor: w.townA.actor,
      input: {
        issueId: issue.id,
        resolution: "Trunk port corrected.",
        lessonsLearned: "Document VLANs before install.",
      },
    });
    expect((await db.pilotIssue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("RESOLVED");
    expect(
      await db.emailMessage.count({ where: { to: w.vendorX.user.email, subject: { contains: "VLAN misconfigured" } } }),
    ).toBe(1);

    // the catalog cache is keyed by the latest contract change: a stage move must count as one
    const before = (await db.contract.findUniqueOrThrow({ where: { id: contractId } })).updatedAt;
    await moveProgramStage({
      actor: w.staff.actor,
      input: { programId: program.id, toStage: "PROGRAM", note: "Go: pilot towns satisfied." },
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contractId } })).updatedAt.getTime()).toBeGreaterThan(
      before.getTime(),
    );
    const open = await getContractForPurchase({ actor: w.townB.actor, input: { contractId } });
    expect(open).toMatchObject({ status: "PROGRAM", isPilotParticipant: false, usesPilotPrices: false });
    expect(open.priceLines.map((l) => l.unitPriceCents)).toEqual([100_000, 10_000]);
  });
});
