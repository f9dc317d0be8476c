import { describe, expect, it } from "vitest";
import { programPageView, staffStageView, STAGES } from "@/lib/services/programs/stage-rules";

describe("staffStageView", () => {
  it("offers the next stage until evaluation, then waits for the award", () => {
    expect(staffStageView("FORECAST").moves).toEqual([{ kind: "advance", to: "RFP_DRAFTING" }]);
    expect(staffStageView("SOLICITATION").moves).toEqual([{ kind: "advance", to: "EVALUATION" }]);
    expect(staffStageView("EVALUATION")).toMatchObject({ moves: [], waitsFor: "award", awards: true });
    expect(staffStageView("AWARDED").moves).toEqual([{ kind: "advance", to: "PILOT" }]);
  });

  it("offers go and no-go after the pilot, retirement of an open program, nothing once retired", () => {
    expect(staffStageView("PILOT").moves.map((m) => m.kind)).toEqual(["go", "no-go"]);
    expect(staffStageView("PROGRAM").moves).toEqual([{ kind: "retire", to: "RETIRED" }]);
    expect(staffStageView("RETIRED")).toMatchObject({ moves: [], waitsFor: "nothing", appointsCommittee: false });
  });

  it("opens each form only at its stages", () => {
    const at = (key: "publishesSurvey" | "editsRfp" | "editsSolicitation" | "managesPilot") =>
      STAGES.filter((s) => staffStageView(s)[key]);
    expect(at("publishesSurvey")).toEqual(["FORECAST"]);
    expect(at("editsRfp")).toEqual(["FORECAST", "RFP_DRAFTING"]);
    expect(at("editsSolicitation")).toEqual(["FORECAST", "RFP_DRAFTING", "SOLICITATION"]);
    expect(at("managesPilot")).toEqual(["AWARDED", "PILOT"]);
  });
});

describe("programPageView", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it("keeps proposals open until the due date", () => {
    const due = new Date("2026-03-02T12:00:00Z");
    expect(programPageView({ stage: "SOLICITATION", proposalDueAt: due }, now).proposalsOpen).toBe(true);
    expect(programPageView({ stage: "SOLICITATION", proposalDueAt: now }, now).proposalsOpen).toBe(false);
    expect(programPageView({ stage: "EVALUATION", proposalDueAt: due }, now).proposalsOpen).toBe(false);
  });

  it("counts the RFP as posted from the solicitation on", () => {
    expect(programPageView({ stage: "RFP_DRAFTING", proposalDueAt: null }, now).posted).toBe(false);
    expect(programPageView({ stage: "SOLICITATION", proposalDueAt: null }, now).posted).toBe(true);
    expect(programPageView({ stage: "RETIRED", proposalDueAt: null }, now).posted).toBe(true);
  });
});
