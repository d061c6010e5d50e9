import {
  procedureReviewDue,
  procedureReviewStatus,
} from './procedureReviewStatus';

describe('procedureReviewDue', () => {
  it('adds the interval in calendar months and years', () => {
    expect(
      procedureReviewDue({ lastReviewed: '2026-03-02', reviewInterval: 'P6M' }),
    ).toBe('2026-09-02');
    expect(
      procedureReviewDue({ lastReviewed: '2026-08-31', reviewInterval: 'P6M' }),
    ).toBe('2027-02-28');
    expect(
      procedureReviewDue({ lastReviewed: '2025-10-01', reviewInterval: 'P1Y' }),
    ).toBe('2026-10-01');
  });

  it('uses twelve months when the record gives no interval', () => {
    expect(procedureReviewDue({ lastReviewed: '2025-11-21' })).toBe(
      '2026-11-21',
    );
  });

  it('has no due date for a procedure never reviewed', () => {
    expect(procedureReviewDue({ reviewInterval: 'P6M' })).toBeUndefined();
  });
});

describe('procedureReviewStatus', () => {
  const asOf = new Date('2026-11-21T23:30:00Z');

  it('is current on the due date and overdue the day after', () => {
    expect(procedureReviewStatus('2026-11-21', asOf)).toEqual({
      state: 'due-soon',
      dueDate: '2026-11-21',
      daysUntilDue: 0,
    });
    expect(procedureReviewStatus('2026-11-20', asOf)).toEqual({
      state: 'overdue',
      dueDate: '2026-11-20',
      daysUntilDue: -1,
    });
  });

  it('is due soon within 30 days and current after', () => {
    expect(procedureReviewStatus('2026-12-21', asOf).state).toBe('due-soon');
    expect(procedureReviewStatus('2026-12-22', asOf).state).toBe('current');
  });

  it('is overdue when never reviewed', () => {
    expect(procedureReviewStatus(undefined, asOf)).toEqual({
      state: 'overdue',
    });
  });
});
