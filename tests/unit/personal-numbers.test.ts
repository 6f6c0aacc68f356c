import { describe, expect, it } from "vitest";
import { findPersonalNumbers, firstFieldWithPersonalNumber } from "@/lib/privacy/personal-numbers";

describe("personal identity numbers in free text", () => {
  it("finds them in the common ways they are written", () => {
    // Skatteverket's test numbers.
    expect(findPersonalNumbers("Gäller 811218-9876 och fler")).toEqual(["811218-9876"]);
    expect(findPersonalNumbers("198112189876")).toEqual(["198112189876"]);
    expect(findPersonalNumbers("8112189876")).toEqual(["8112189876"]);
    expect(findPersonalNumbers("samordningsnummer 701063-2391")).toEqual(["701063-2391"]);
  });

  it("leaves counts, dates, case numbers and phone numbers alone", () => {
    expect(findPersonalNumbers("12 deltagare per kursomgång, 300 perspektiv")).toEqual([]);
    expect(findPersonalNumbers("Beslut 2022-07-14, KS2022/634")).toEqual([]);
    expect(findPersonalNumbers("Ring 0171-62 61 18")).toEqual([]);
    // Right shape, wrong check digit.
    expect(findPersonalNumbers("811218-9875")).toEqual([]);
  });

  it("names the first field that needs looking at", () => {
    expect(firstFieldWithPersonalNumber({ title: "Vuxenvandring", comment: "Kontakt 811218-9876" })).toBe("comment");
    expect(firstFieldWithPersonalNumber({ title: "Vuxenvandring", comment: null })).toBeNull();
  });
});
