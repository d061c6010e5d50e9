/**
 * The configuration key that pins the portal's "today" (`YYYY-MM-DD`). Only
 * tests and the benchmark set it: demo records carry fixed dates, and what is
 * overdue must not change as the calendar moves.
 *
 * @public
 */
export const READINESS_TODAY_CONFIG_KEY = 'readiness.today';

/**
 * "Now" for every readiness rule that depends on the date: reviews due,
 * overdue actions, attestation expiry, deadlines.
 *
 * @public
 */
export type ReadinessClock = () => Date;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A clock that reads the wall clock, or, given `today`, one whose calendar day
 * (UTC) is `today` when it is created and which then runs at the real pace:
 * timestamps still move, so ordering and ages keep working, and processes
 * created on the same day agree on the date.
 *
 * @param options - `today`: the pinned day, `YYYY-MM-DD`, absent for the wall clock;
 *   `wallClock`: the real time in milliseconds (tests pass their own)
 * @throws Error naming `readiness.today` when `today` is not a real calendar day
 * @public
 */
export function createReadinessClock(
  options: { today?: string; wallClock?: () => number } = {},
): ReadinessClock {
  const { today, wallClock = Date.now } = options;
  if (today === undefined) {
    return () => new Date(wallClock());
  }
  const pinnedDay = parseIsoDay(today);
  const realDay = Math.floor(wallClock() / DAY_MS) * DAY_MS;
  const offsetMs = pinnedDay - realDay;
  return () => new Date(wallClock() + offsetMs);
}

function parseIsoDay(value: string): number {
  const match = ISO_DAY.exec(value);
  const time = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
  // Date.UTC rolls 2026-02-30 over to March; a real day prints back unchanged.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new Error(
      `${READINESS_TODAY_CONFIG_KEY} must be a calendar day written YYYY-MM-DD, got '${value}'`,
    );
  }
  return time;
}
