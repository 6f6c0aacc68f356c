/**
 * How sign-in attempts are slowed down. Every attempt is counted before its password is
 * checked; a few are free, then each admitted attempt sets a wait before the next one that
 * doubles, up to a ceiling. The count starts again after a quiet window. Attempts during a
 * wait are refused without being counted and without a password check.
 *
 * Two counters apply to every attempt (src/lib/auth/login-throttle.ts):
 * - one account from one client address: a guesser is slowed down without locking the
 *   owner out, who signs in from another address;
 * - one client address across all accounts: one address cannot spray many accounts. It
 *   allows more, because a municipality's offices may share one public address.
 *
 * Pure, so it can be tested without a clock; the SQL in login-throttle.ts does exactly this
 * in one statement, and tests/integration/sign-in-throttle.test.ts holds the two together.
 */
export const THROTTLE = {
  /** Free attempts per account from one address. */
  accountAtAddress: 5,
  /** Free attempts per address across all accounts. */
  address: 20,
  /** The count starts again after this long without attempts or waits. */
  windowMs: 15 * 60_000,
  firstBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
} as const;

export interface ThrottleState {
  attempts: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

/** The wait an attempt sets when it is the `attempts`-th of the window (0: none). */
export function blockMs(attempts: number, free: number): number {
  const excess = attempts - free;
  if (excess < 0) return 0;
  return Math.min(THROTTLE.firstBlockMs * 2 ** Math.min(excess, 30), THROTTLE.maxBlockMs);
}

export function isBlocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.blockedUntil && state.blockedUntil > now;
}

/** Whether an attempt may go ahead, and the state after counting it. */
export function admit(state: ThrottleState | null, now: Date, free: number): { admitted: boolean; next: ThrottleState | null } {
  if (state && isBlocked(state, now)) return { admitted: false, next: state };
  const quietSince = state ? Math.max(state.windowStart.getTime(), state.blockedUntil?.getTime() ?? 0) : 0;
  const fresh = !state || quietSince < now.getTime() - THROTTLE.windowMs;
  const attempts = fresh ? 1 : state.attempts + 1;
  const wait = blockMs(attempts, free);
  return {
    admitted: true,
    next: { attempts, windowStart: fresh ? now : state.windowStart, blockedUntil: wait > 0 ? new Date(now.getTime() + wait) : null },
  };
}

/**
 * A successful sign-in gives its attempt back to the address counter, so that colleagues
 * behind one address are not slowed down by each other's sign-ins; a wait this attempt set
 * is lifted with it.
 */
export function refund(state: ThrottleState, free: number): ThrottleState {
  const attempts = Math.max(state.attempts - 1, 0);
  return { ...state, attempts, blockedUntil: attempts < free ? null : state.blockedUntil };
}
