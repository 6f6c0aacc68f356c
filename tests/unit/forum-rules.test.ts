import { describe, expect, it } from "vitest";
import { canEscalate, carriedOver, isOverdue } from "@/lib/forums/rules";
import { ZCreateMeeting } from "@/lib/meetings/schemas";

const item = (id: string, status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED", meeting: string | null, due: string) => ({
  id,
  status,
  meetingStartsAt: meeting ? new Date(meeting) : null,
  dueOn: new Date(due),
});

describe("carry-over", () => {
  it("puts open items from earlier meetings on the next agenda, soonest due first", () => {
    const items = [
      item("done", "DONE", "2026-10-01", "2026-10-15"),
      item("late", "OPEN", "2026-10-01", "2026-10-20"),
      item("working", "IN_PROGRESS", "2026-10-08", "2026-10-10"),
      item("cancelled", "CANCELLED", "2026-10-01", "2026-10-10"),
      item("sameMeeting", "OPEN", "2026-11-01", "2026-11-05"),
    ];
    expect(carriedOver(items, new Date("2026-11-01")).map((i) => i.id)).toEqual(["working", "late"]);
  });

  it("counts an open item past its due date as late, a done one never", () => {
    const today = new Date("2026-11-22");
    expect(isOverdue({ status: "OPEN", dueOn: new Date("2026-11-01") }, today)).toBe(true);
    expect(isOverdue({ status: "DONE", dueOn: new Date("2026-11-01") }, today)).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: new Date("2026-12-01") }, today)).toBe(false);
  });
});

describe("escalation", () => {
  it("goes one level up: operative → tactical → strategic → political council or committee, and no further", () => {
    expect(canEscalate({ level: "OPERATIVE", kind: "FORUM" }, { level: "TACTICAL" })).toBe(true);
    expect(canEscalate({ level: "TACTICAL", kind: "FORUM" }, { level: "STRATEGIC" })).toBe(true);
    expect(canEscalate({ level: "STRATEGIC", kind: "FORUM" }, { level: "POLITICAL" })).toBe(true);
    expect(canEscalate({ level: "POLITICAL", kind: "FORUM" }, { level: "STRATEGIC" })).toBe(false);
    expect(canEscalate({ level: "STRATEGIC", kind: "FORUM" }, null)).toBe(false);
    expect(canEscalate({ level: "OPERATIVE", kind: "FORUM" }, { level: "STRATEGIC" })).toBe(false);
    expect(canEscalate({ level: "TACTICAL", kind: "WORKING_GROUP" }, { level: "TACTICAL" })).toBe(true);
  });
});

describe("meeting input", () => {
  const base = { forumId: "00000000-0000-4000-8000-000000000001", startsAt: "2026-11-24T09:00", items: [] };

  it("refuses an item due before the meeting and an item without a responsible", () => {
    const result = ZCreateMeeting.safeParse({
      ...base,
      items: [
        { title: "Ta fram lägesbild", responsibleUserId: "00000000-0000-4000-8000-000000000002", dueOn: "2026-11-20" },
        { title: "Boka lokal", dueOn: "2026-12-01" },
      ],
    });
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toEqual({ "items.0.dueOn": "meetings.errors.dueBeforeMeeting", "items.1.responsibleUserId": "meetings.errors.responsibleRequired" });
  });

  it("reads the meeting time as Swedish local time", () => {
    expect(ZCreateMeeting.parse(base).startsAt.toISOString()).toBe("2026-11-24T08:00:00.000Z");
  });
});
