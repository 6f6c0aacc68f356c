/**
 * How repeated failed sign-ins are slowed down: a few free tries, then a wait that doubles
 * with each further failure, up to a ceiling. Pure, so it can be tested without a clock.
 */
export const THROTTLE = {
  freeFailures: 5,
  windowMs: 15 * 60_000,
  firstBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
} as const;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  blockedUntil: Date | null;
}

export function isBlocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.blockedUntil && state.blockedUntil > now;
}

export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.firstFailureAt.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  const excess = failures - THROTTLE.freeFailures;
  const blockedUntil =
    excess >= 0
      ? new Date(now.getTime() + Math.min(THROTTLE.firstBlockMs * 2 ** excess, THROTTLE.maxBlockMs))
      : null;
  return { failures, firstFailureAt, blockedUntil };
}
