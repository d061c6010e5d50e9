import { DateTime, Duration } from 'luxon';

/**
 * Where a review stands against its due date: overdue, due within 30, 60 or 90 days, or later.
 *
 * @public
 */
export const REVIEW_STANDINGS = [
  'overdue',
  'due-30',
  'due-60',
  'due-90',
  'later',
] as const;

/**
 * Where a review stands against its due date (see `REVIEW_STANDINGS`).
 *
 * @public
 */
export type ReviewStanding = (typeof REVIEW_STANDINGS)[number];

/** Standings that make a review show up on the "Reviews due" list. @public */
export const DUE_STANDINGS: ReadonlyArray<ReviewStanding> = [
  'overdue',
  'due-30',
  'due-60',
  'due-90',
];

/** How a standing reads in a table or a CSV file. @public */
export const REVIEW_STANDING_LABELS: Record<ReviewStanding, string> = {
  overdue: 'Overdue',
  'due-30': 'Due within 30 days',
  'due-60': 'Due within 60 days',
  'due-90': 'Due within 90 days',
  later: 'Not due yet',
};

/**
 * A due date and where it stands. Without a due date (never reviewed, no interval) the review
 * is overdue.
 *
 * @public
 */
export interface DueStatus {
  /** The due date (YYYY-MM-DD); absent when there is none. */
  due?: string;
  /** Where the due date stands today. */
  standing: ReviewStanding;
  /** Whole days from today until the due date; negative when overdue. */
  daysUntilDue?: number;
}

const DAY_MS = 86_400_000;

function day(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('day');
}

// Lists compare thousands of due dates with the same day: read it once.
let lastToday: { text: string; millis: number } | undefined;
function todayMillis(today: string): number {
  if (lastToday?.text !== today) {
    lastToday = { text: today, millis: day(today).toMillis() };
  }
  return lastToday.millis;
}

/**
 * The calendar day (YYYY-MM-DD, UTC) of an instant: the "today" every due date is compared
 * against.
 *
 * @public
 */
export function calendarDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'utc' }).toISODate()!;
}

/**
 * A date plus an ISO-8601 interval (`2026-05-04` + `P12M` = `2027-05-04`); undefined when
 * either is not valid.
 *
 * @public
 */
export function addInterval(date: string, interval: string): string | undefined {
  const start = day(date);
  const duration = Duration.fromISO(interval);
  if (!start.isValid || !duration.isValid) {
    return undefined;
  }
  return start.plus(duration).toISODate() ?? undefined;
}

/**
 * Where a due date stands on `today`: overdue once the day has passed, otherwise by the number
 * of days left (30, 60, 90 or later). A missing or unreadable due date counts as overdue.
 *
 * @public
 */
export function dueStatus(due: string | undefined, today: string): DueStatus {
  const dueDay = due ? day(due) : undefined;
  if (!dueDay?.isValid) {
    return { due, standing: 'overdue' };
  }
  // Both are midnight UTC, so the difference is a whole number of days.
  const daysUntilDue = Math.round((dueDay.toMillis() - todayMillis(today)) / DAY_MS);
  let standing: ReviewStanding;
  if (daysUntilDue < 0) standing = 'overdue';
  else if (daysUntilDue <= 30) standing = 'due-30';
  else if (daysUntilDue <= 60) standing = 'due-60';
  else if (daysUntilDue <= 90) standing = 'due-90';
  else standing = 'later';
  return { due, standing, daysUntilDue };
}

/**
 * The most pressing of several standings (overdue first); `later` when there are none.
 *
 * @public
 */
export function worstStanding(standings: Iterable<ReviewStanding>): ReviewStanding {
  let worst: ReviewStanding = 'later';
  for (const standing of standings) {
    if (REVIEW_STANDINGS.indexOf(standing) < REVIEW_STANDINGS.indexOf(worst)) {
      worst = standing;
    }
  }
  return worst;
}
