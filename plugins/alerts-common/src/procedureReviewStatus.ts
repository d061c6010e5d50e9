import { DateTime, Duration } from 'luxon';

/**
 * How often a procedure is reviewed when its record does not say.
 *
 * @public
 */
const DEFAULT_REVIEW_INTERVAL = 'P12M';

/** A review that falls due within this many days is due soon. */
const DUE_SOON_DAYS = 30;

/**
 * Where a procedure stands with its reviews: overdue (or never reviewed), due
 * within 30 days, or current.
 *
 * @public
 */
export type ProcedureReviewState = 'overdue' | 'due-soon' | 'current';

/**
 * Review states from the most urgent.
 *
 * @public
 */
export const PROCEDURE_REVIEW_STATES: readonly ProcedureReviewState[] = [
  'overdue',
  'due-soon',
  'current',
];

/**
 * A procedure's review status on a given day.
 *
 * @public
 */
export interface ProcedureReviewStatus {
  state: ProcedureReviewState;
  /** YYYY-MM-DD; undefined when the procedure was never reviewed. */
  dueDate?: string;
  /** Days from the given day to the due date: negative when overdue. */
  daysUntilDue?: number;
}

const dueDates = new Map<string, string | undefined>();

/**
 * The day a procedure's next review is due: its last review plus its interval
 * (calendar months and years, as a person counts them). Undefined when it was
 * never reviewed or its dates cannot be read.
 *
 * @public
 */
export function procedureReviewDue(procedure: {
  lastReviewed?: string;
  reviewInterval?: string;
}): string | undefined {
  if (!procedure.lastReviewed) return undefined;
  const interval = procedure.reviewInterval ?? DEFAULT_REVIEW_INTERVAL;
  // Thousands of procedures share a few hundred dates and intervals.
  const key = `${procedure.lastReviewed} ${interval}`;
  if (!dueDates.has(key)) {
    const last = DateTime.fromISO(procedure.lastReviewed, { zone: 'utc' });
    const duration = Duration.fromISO(interval);
    dueDates.set(
      key,
      last.isValid && duration.isValid
        ? last.plus(duration).toISODate() ?? undefined
        : undefined,
    );
  }
  return dueDates.get(key);
}

/**
 * Whether a review due on `dueDate` is overdue, due soon or current on the
 * day of `asOf` (UTC). A review is overdue the day after its due date; a
 * procedure never reviewed is overdue.
 *
 * @public
 */
export function procedureReviewStatus(
  dueDate: string | undefined,
  asOf: Date,
): ProcedureReviewStatus {
  if (!dueDate) {
    return { state: 'overdue' };
  }
  const today = DateTime.fromJSDate(asOf, { zone: 'utc' }).startOf('day');
  const daysUntilDue = Math.round(
    DateTime.fromISO(dueDate, { zone: 'utc' }).diff(today, 'days').days,
  );
  let state: ProcedureReviewState = 'current';
  if (daysUntilDue < 0) {
    state = 'overdue';
  } else if (daysUntilDue <= DUE_SOON_DAYS) {
    state = 'due-soon';
  }
  return { state, dueDate, daysUntilDue };
}
