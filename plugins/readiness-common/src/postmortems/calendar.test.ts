import { publicationTimeliness } from './publication';
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

describe('publication within three days', () => {
  const resolved = {
    startedAt: '2026-03-14T09:41:00Z',
    resolvedAt: '2026-03-14T23:05:00-04:00',
  };

  it('counts from the day of resolution as the author wrote it', () => {
    // 23:05 at -04:00 is already the 15th in UTC; the author's day is the 14th.
    expect(
      publicationTimeliness(
        { ...resolved, publishedAt: '2026-03-17' },
        '2026-11-21',
      ),
    ).toEqual({
      state: 'on-time',
      deadline: '2026-03-17',
      daysToPublish: 3,
    });
    expect(
      publicationTimeliness(
        { ...resolved, publishedAt: '2026-03-18' },
        '2026-11-21',
      ),
    ).toEqual({
      state: 'late',
      deadline: '2026-03-17',
      daysToPublish: 4,
    });
  });

  it('is due while unpublished within the deadline, overdue after it', () => {
    expect(publicationTimeliness(resolved, '2026-03-17').state).toBe('due');
    expect(publicationTimeliness(resolved, '2026-03-18').state).toBe('overdue');
  });

  it('counts a success review without a resolution from its start', () => {
    expect(
      publicationTimeliness(
        { startedAt: '2026-03-12T02:30:00Z' },
        '2026-03-20',
      ),
    ).toEqual({ state: 'overdue', deadline: '2026-03-15' });
  });
});
