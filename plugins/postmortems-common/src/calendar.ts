import { DateTime } from 'luxon';

/** Milliseconds in a day. @public */
export const DAY_MS = 24 * 60 * 60 * 1000;

// The library and the analytics convert the same few thousand calendar dates (due dates,
// publication days, today) over and over for tens of thousands of records; luxon's parser
// takes microseconds per call, so each conversion is remembered. Bounded, as a guard.
const MAX_REMEMBERED = 100_000;
const dayNumbers = new Map<string, number>();

/**
 * Days since 1970-01-01 of a calendar date (YYYY-MM-DD); NaN if it is not one.
 *
 * @public
 */
export function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    const parsed = DateTime.fromISO(date, { zone: 'utc' });
    day = parsed.isValid ? Math.floor(parsed.toMillis() / DAY_MS) : NaN;
    if (dayNumbers.size >= MAX_REMEMBERED) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/**
 * The calendar date (YYYY-MM-DD) a number of days after another.
 *
 * @public
 */
export function addDays(date: string, days: number): string {
  return DateTime.fromMillis((dayNumber(date) + days) * DAY_MS, {
    zone: 'utc',
  }).toISODate()!;
}

/**
 * A timestamp read once: its instant, the calendar day as its author wrote it
 * (in the timestamp's own offset), and its UTC day and month.
 *
 * @public
 */
export interface ReadTimestamp {
  ms: number;
  localDate: string;
  utcDate: string;
  utcMonth: string;
}

/**
 * Reads an ISO-8601 timestamp; undefined when it is missing or unreadable.
 *
 * @public
 */
export function readTimestamp(
  timestamp: string | undefined,
): ReadTimestamp | undefined {
  if (!timestamp) return undefined;
  const local = DateTime.fromISO(timestamp, { setZone: true });
  if (!local.isValid) return undefined;
  const utc = local.toUTC();
  const utcDay = utc.toISODate()!;
  return {
    ms: local.toMillis(),
    localDate: local.toISODate()!,
    utcDate: utcDay,
    utcMonth: utcDay.slice(0, 7),
  };
}

/**
 * Orders strings by code unit, as ISO dates and entity refs sort; many times
 * faster than localeCompare when sorting tens of thousands of rows.
 *
 * @public
 */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The UTC calendar date (YYYY-MM-DD) of an instant: the "today" deadlines and
 * ages are computed against.
 *
 * @public
 */
export function utcDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'utc' }).toISODate()!;
}
