import { describe, expect, it } from "vitest";
import { ZRecordMeeting } from "@/lib/meetings/schemas";

const meeting = (count: string) => ({
  id: "00000000-0000-4000-8000-000000000001",
  version: "1",
  startsAt: "2026-05-04T16:00",
  location: "",
  agenda: "",
  minutes: "",
  status: "PLANNED",
  guests: [{ organisationName: "Enköpings Hyresbostäder", count }],
});
const issuesAt = (count: string) => (ZRecordMeeting.safeParse(meeting(count)).error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));

describe("a meeting's guests", () => {
  it("are counted from 1 to 500, as written, with spaces between thousands as Swedish writes them", () => {
    expect(ZRecordMeeting.safeParse(meeting("12")).data?.guests).toEqual([{ organisationName: "Enköpings Hyresbostäder", count: 12 }]);
    expect(ZRecordMeeting.safeParse(meeting("500")).data?.guests[0]?.count).toBe(500);
  });

  it("are refused at the count, saying the range, when the count is outside it or not a whole number in digits", () => {
    for (const count of ["0", "501", "1 200", "1e2", "2.5", "-3", "tre", ""]) {
      expect(issuesAt(count), count).toEqual([{ path: "guests.0.count", message: "meetings.errors.guestCount" }]);
    }
  });
});
