import { describeReview } from './sopReviews';

describe('describeReview', () => {
  it('says how late or how soon a review is due', () => {
    expect(
      describeReview({
        state: 'overdue',
        dueDate: '2026-11-24',
        daysUntilDue: -12,
      }),
    ).toBe('overdue by 12 days (due 2026-11-24)');
    expect(
      describeReview({
        state: 'due-soon',
        dueDate: '2026-12-07',
        daysUntilDue: 1,
      }),
    ).toBe('due in 1 day (due 2026-12-07)');
    expect(
      describeReview({
        state: 'due-soon',
        dueDate: '2026-12-06',
        daysUntilDue: 0,
      }),
    ).toBe('due today (due 2026-12-06)');
    expect(describeReview({ state: 'overdue' })).toBe('never reviewed');
  });
});
