import { describe, expect, it } from "vitest";
import { admit, blockMs, isBlocked, refund, THROTTLE, type ThrottleState } from "@/lib/auth/throttle-policy";

const t0 = new Date("2026-11-22T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const FREE = THROTTLE.accountAtAddress;

function attempts(n: number, start = t0, free: number = FREE): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) {
    const step = admit(state, start, free);
    if (step.admitted) state = step.next;
  }
  return state;
}

describe("sign-in throttling", () => {
  it("admits the free attempts without waiting", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < FREE; i++) {
      const step = admit(state, t0, FREE);
      expect(step.admitted).toBe(true);
      state = step.next;
    }
    expect(state!.attempts).toBe(FREE);
  });

  it("refuses, without counting, while the wait after the free attempts runs, then admits one", () => {
    const state = attempts(FREE)!;
    expect(isBlocked(state, at(1_000))).toBe(true);
    const refused = admit(state, at(1_000), FREE);
    expect(refused).toEqual({ admitted: false, next: state });
    expect(admit(state, at(THROTTLE.firstBlockMs), FREE).admitted).toBe(true);
  });

  it("a burst at one moment is admitted exactly as often as the free attempts", () => {
    let state: ThrottleState | null = null;
    let admitted = 0;
    for (let i = 0; i < 100; i++) {
      const step = admit(state, t0, FREE);
      if (step.admitted) admitted++;
      state = step.next;
    }
    expect(admitted).toBe(FREE);
  });

  it("doubles the wait with each further attempt, up to the ceiling", () => {
    expect(blockMs(FREE - 1, FREE)).toBe(0);
    expect(blockMs(FREE, FREE)).toBe(THROTTLE.firstBlockMs);
    expect(blockMs(FREE + 1, FREE)).toBe(THROTTLE.firstBlockMs * 2);
    expect(blockMs(FREE + 3, FREE)).toBe(THROTTLE.firstBlockMs * 8);
    expect(blockMs(10_000, FREE)).toBe(THROTTLE.maxBlockMs);

    let state = attempts(FREE)!;
    let now = t0.getTime();
    for (let extra = 1; extra <= 3; extra++) {
      now = state.blockedUntil!.getTime();
      state = admit(state, new Date(now), FREE).next!;
      expect(state.blockedUntil!.getTime() - now).toBe(THROTTLE.firstBlockMs * 2 ** extra);
    }
  });

  it("keeps counting while the attempts keep coming, and starts again after a quiet window", () => {
    const waited = attempts(FREE)!;
    // Right after the wait: still the same window, so the next wait is longer.
    const next = admit(waited, waited.blockedUntil!, FREE).next!;
    expect(next.attempts).toBe(FREE + 1);
    // A whole window of quiet after the last wait: a fresh count.
    const later = admit(next, new Date(next.blockedUntil!.getTime() + THROTTLE.windowMs + 1), FREE).next!;
    expect(later).toMatchObject({ attempts: 1, blockedUntil: null });
  });

  it("a success gives one attempt back and lifts the wait it set", () => {
    const free = THROTTLE.address;
    const full = attempts(free, t0, free)!;
    expect(full.blockedUntil).not.toBeNull();
    expect(refund(full, free)).toMatchObject({ attempts: free - 1, blockedUntil: null });
    const beyond = { ...full, attempts: free + 2 };
    expect(refund(beyond, free)).toMatchObject({ attempts: free + 1, blockedUntil: full.blockedUntil });
  });
});
