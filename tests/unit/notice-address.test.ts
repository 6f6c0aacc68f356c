import { describe, expect, it } from "vitest";
import { withoutNotice } from "@/lib/actions/notice-address";

describe("the address after an action that names no page to go to", () => {
  it("drops the notice an earlier action left, keeping the rest of the address", () => {
    expect(withoutNotice("/loften/4b1c?notice=activityAdded#aktiviteter")).toBe("/loften/4b1c#aktiviteter");
    expect(withoutNotice("/en/forum/9f2e?sida=2&notice=saved")).toBe("/en/forum/9f2e?sida=2");
  });

  it("is nothing to change when the address has no notice", () => {
    expect(withoutNotice("/loften/4b1c?sida=2#aktiviteter")).toBeNull();
  });
});
