import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPeriod, swedishLocalToUtc, toSwedishLocalInput } from "@/lib/format/dates";

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe("dates as Swedish readers expect them", () => {
  it("shows a moment in Swedish time, winter and summer, on a server running in UTC", () => {
    process.env.TZ = "UTC";
    expect(formatDateTime(new Date("2027-03-09T08:00:00Z"), "sv")).toBe("9 mars 2027 kl. 09.00");
    expect(formatDateTime(new Date("2027-05-07T14:30:00Z"), "sv")).toBe("7 maj 2027 kl. 16.30");
  });

  it("keeps calendar dates on their day on a server west of UTC", () => {
    process.env.TZ = "America/New_York";
    expect(formatDate(new Date("2026-01-01T00:00:00Z"), "sv")).toBe("1 januari 2026");
    expect(formatPeriod("2021-05-14", "2023-12-31", "sv")).toBe("maj 2021–december 2023");
  });

  it("reads and writes the datetime-local field in Swedish time", () => {
    const utc = swedishLocalToUtc("2027-05-07T16:30")!;
    expect(utc.toISOString()).toBe("2027-05-07T14:30:00.000Z");
    expect(toSwedishLocalInput(utc)).toBe("2027-05-07T16:30");
  });

  it("refuses the hour Swedish clocks skip in spring, and keeps the autumn hour that comes twice", () => {
    expect(swedishLocalToUtc("2027-03-28T02:30")).toBeNull();
    expect(swedishLocalToUtc("2027-03-28T03:30")!.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(toSwedishLocalInput(swedishLocalToUtc("2027-10-31T02:30")!)).toBe("2027-10-31T02:30");
  });
});
