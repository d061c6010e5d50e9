import {
  addInterval,
  calendarDay,
  dueStatus,
  REVIEW_STANDINGS,
  worstStanding,
} from './reviewStanding';

const TODAY = '2026-11-21';

describe('review standing', () => {
  it.each([
    ['2026-11-20', 'overdue', -1],
    ['2025-11-21', 'overdue', -365],
    ['2026-11-21', 'due-30', 0],
    ['2026-12-21', 'due-30', 30],
    ['2026-12-22', 'due-60', 31],
    ['2027-01-20', 'due-60', 60],
    ['2027-01-21', 'due-90', 61],
    ['2027-02-19', 'due-90', 90],
    ['2027-02-20', 'later', 91],
  ])('a review due on %s is %s on 2026-11-21 (%i days)', (due, standing, days) => {
    expect(dueStatus(due, TODAY)).toEqual({ due, standing, daysUntilDue: days });
  });

  it('counts a review without a readable due date as overdue', () => {
    expect(dueStatus(undefined, TODAY)).toEqual({ due: undefined, standing: 'overdue' });
    expect(dueStatus('soon', TODAY)).toEqual({ due: 'soon', standing: 'overdue' });
  });

  it('adds review intervals to dates in calendar terms', () => {
    expect(addInterval('2026-05-04', 'P12M')).toBe('2027-05-04');
    expect(addInterval('2026-05-04', 'P6M')).toBe('2026-11-04');
    expect(addInterval('2024-01-31', 'P1M')).toBe('2024-02-29');
    expect(addInterval('2026-05-04', 'P1Y')).toBe('2027-05-04');
    expect(addInterval('2026-05-04', 'yearly')).toBeUndefined();
    expect(addInterval('04/05/2026', 'P1Y')).toBeUndefined();
  });

  it('takes today as the UTC calendar day of the clock', () => {
    expect(calendarDay(new Date('2026-11-21T23:30:00-05:00'))).toBe('2026-11-22');
    expect(calendarDay(new Date('2026-11-21T00:00:00Z'))).toBe(TODAY);
  });

  it('picks the most pressing standing', () => {
    expect(worstStanding(['later', 'due-60', 'due-30'])).toBe('due-30');
    expect(worstStanding(['due-90', 'overdue'])).toBe('overdue');
    expect(worstStanding([])).toBe('later');
    expect(REVIEW_STANDINGS[0]).toBe('overdue');
  });
});
