import { describe, expect, it } from "vitest";
import { afterFailure, isBlocked, THROTTLE, type ThrottleState } from "@/lib/auth/throttle-policy";

const t0 = new Date("2026-11-22T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, start = t0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = afterFailure(state, start);
  return state;
}

describe("sign-in throttling", () => {
  it("lets the first failures through without waiting", () => {
    const state = failTimes(THROTTLE.freeFailures - 1);
    expect(isBlocked(state, t0)).toBe(false);
  });

  it("blocks after the free failures, and lifts the block when it runs out", () => {
    const state = failTimes(THROTTLE.freeFailures);
    expect(isBlocked(state, at(1_000))).toBe(true);
    expect(isBlocked(state, at(THROTTLE.firstBlockMs + 1))).toBe(false);
  });

  it("doubles the wait for each further failure, up to the ceiling", () => {
    const fifth = failTimes(THROTTLE.freeFailures)!;
    const sixth = afterFailure(fifth, t0);
    expect(sixth.blockedUntil!.getTime() - t0.getTime()).toBe(THROTTLE.firstBlockMs * 2);
    const many = failTimes(40)!;
    expect(many.blockedUntil!.getTime() - t0.getTime()).toBe(THROTTLE.maxBlockMs);
  });

  it("starts counting again once the window has passed", () => {
    const old = failTimes(THROTTLE.freeFailures - 1)!;
    const later = afterFailure(old, at(THROTTLE.windowMs + 1));
    expect(later.failures).toBe(1);
    expect(later.blockedUntil).toBeNull();
  });
});
