import { Chip, makeStyles } from '@material-ui/core';
import { Duration } from 'luxon';
import type { ProcedureReviewStatus } from '@readiness/plugin-alerts-common';

const useStyles = makeStyles(theme => ({
  overdue: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  'due-soon': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  current: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
}));

/** "overdue since 2026-09-02", "due in 12 days", "due 2027-02-14", "never reviewed". */
export function describeReview(review: ProcedureReviewStatus): string {
  if (!review.dueDate) return 'never reviewed';
  if (review.state === 'overdue') return `overdue since ${review.dueDate}`;
  if (review.state === 'due-soon') {
    return review.daysUntilDue === 0
      ? 'due today'
      : `due in ${review.daysUntilDue} days`;
  }
  return `due ${review.dueDate}`;
}

/** "6 months" for P6M; the text as written when it is not a duration. */
export function describeInterval(interval: string): string {
  const duration = Duration.fromISO(interval);
  return duration.isValid ? duration.toHuman() : interval;
}

export function ReviewChip({ review }: { review: ProcedureReviewStatus }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={describeReview(review)}
      className={classes[review.state]}
    />
  );
}
