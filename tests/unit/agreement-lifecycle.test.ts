import { describe, expect, it } from "vitest";
import { canTransition, isEditable, partyOf, standingApprovals } from "@/lib/agreements/lifecycle";
import { ZCreateAgreement } from "@/lib/agreements/schemas";

describe("agreement lifecycle", () => {
  it("moves forward through preparation, adoption and activity, and back only from preparation", () => {
    expect(canTransition("DRAFT", "IN_PREPARATION")).toBe(true);
    expect(canTransition("IN_PREPARATION", "DRAFT")).toBe(true);
    expect(canTransition("ADOPTED", "ACTIVE")).toBe(true);
    expect(canTransition("ACTIVE", "EXPIRED")).toBe(true);
    expect(canTransition("DRAFT", "ACTIVE")).toBe(false);
    expect(canTransition("ACTIVE", "DRAFT")).toBe(false);
    expect(canTransition("REPLACED", "ACTIVE")).toBe(false);
    // Adoption comes from approvals, never from a transition.
    expect(canTransition("IN_PREPARATION", "ADOPTED")).toBe(false);
  });

  it("keeps adopted text fixed", () => {
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("IN_PREPARATION")).toBe(true);
    expect(isEditable("ADOPTED")).toBe(false);
    expect(isEditable("ACTIVE")).toBe(false);
  });

  it("lets municipal departments approve for the municipality and police areas for the police", () => {
    expect(partyOf("MUNICIPAL_DEPARTMENT")).toBe("MUNICIPALITY");
    expect(partyOf("POLICE_AREA")).toBe("POLICE");
    expect(partyOf("EXTERNAL")).toBeNull();
  });
});

describe("approvals", () => {
  const approval = (party: "MUNICIPALITY" | "POLICE", subjectVersion: number, withdrawnAt: Date | null = null) => ({
    party,
    subjectVersion,
    withdrawnAt,
  });

  it("is complete only when both parties approved the same, current text", () => {
    expect(standingApprovals([approval("MUNICIPALITY", 3), approval("POLICE", 3)], 3).complete).toBe(true);
    expect(standingApprovals([approval("MUNICIPALITY", 3)], 3).complete).toBe(false);
    expect(standingApprovals([approval("MUNICIPALITY", 2), approval("POLICE", 3)], 3).complete).toBe(false);
  });

  it("ignores approvals withdrawn by a later edit", () => {
    const state = standingApprovals([approval("MUNICIPALITY", 3, new Date()), approval("POLICE", 3)], 3);
    expect(state.municipality).toBeUndefined();
    expect(state.police).toBeDefined();
  });
});

describe("agreement input", () => {
  const valid = {
    title: "Samverkansavtal 2024–2027",
    periodStart: "2024-01-01",
    periodEnd: "2027-12-31",
    municipalityId: "00000000-0000-4000-8000-000000000001",
    policeAreaId: "00000000-0000-4000-8000-000000000002",
    signatories: [{ name: "", title: "", party: "" }],
  };

  it("accepts a minimal agreement and drops empty signatory rows", () => {
    const parsed = ZCreateAgreement.parse(valid);
    expect(parsed.signatories).toEqual([]);
    expect(parsed.periodStart.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(parsed.caseNumber).toBeNull();
  });

  it("refuses an end before the start and an empty title, at their fields", () => {
    const result = ZCreateAgreement.safeParse({ ...valid, title: "  ", periodEnd: "2023-12-31" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({ title: "validation.required", periodEnd: "agreements.errors.endBeforeStart" });
  });

  it("refuses an impossible date and a half-filled signatory", () => {
    const result = ZCreateAgreement.safeParse({
      ...valid,
      periodStart: "2024-02-30",
      signatories: [{ name: "Anna Andersson", title: "", party: "MUNICIPALITY" }],
    });
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({ periodStart: "validation.date", "signatories.0.title": "validation.required" });
  });
});
