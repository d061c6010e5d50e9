import { addDays, dayNumber, readTimestamp, utcDate } from './calendar';

describe('calendar days', () => {
  it('reads days and months in UTC', () => {
    expect(utcDate(new Date('2026-11-21T23:30:00-05:00'))).toBe('2026-11-22');
    expect(readTimestamp('2026-03-31T22:00:00-04:00')).toEqual({
      ms: Date.UTC(2026, 3, 1, 2),
      localDate: '2026-03-31',
      utcDate: '2026-04-01',
      utcMonth: '2026-04',
    });
    expect(readTimestamp('31/03/2026')).toBeUndefined();
  });

  it('counts calendar days across months and leap years', () => {
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(dayNumber('2026-11-21') - dayNumber('2025-11-21')).toBe(365);
    expect(dayNumber('2026-02-30')).toBeNaN();
  });
});
