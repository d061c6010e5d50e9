import type { ProcedureReviewStatus } from '@readiness/plugin-alerts-common';

/** A review status in words: "overdue by 12 days (due 2026-11-24)", "due in 5 days (…)". */
export function describeReview(review: ProcedureReviewStatus): string {
  const days = review.daysUntilDue;
  const due = review.dueDate ? ` (due ${review.dueDate})` : '';
  if (days === undefined) return 'never reviewed';
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (days < 0) return `overdue by ${plural(-days)}${due}`;
  if (days === 0) return `due today${due}`;
  return `due in ${plural(days)}${due}`;
}
