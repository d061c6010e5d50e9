import { publicationTimeliness } from './publication';
import {
  isCustomerImpacting,
  minutesBetween,
  timeToDetectMinutes,
  timeToResolveMinutes,
  utcDate,
} from './timings';
import { addDays, dayNumber, readTimestamp } from './calendar';

describe('post-mortem timings', () => {
  const times = {
    startedAt: '2026-03-14T09:41:00Z',
    detectedAt: '2026-03-14T09:46:00Z',
    resolvedAt: '2026-03-14T11:05:00Z',
  };

  it('measures detection and resolution from the start', () => {
    expect(timeToDetectMinutes(times)).toBe(5);
    expect(timeToResolveMinutes(times)).toBe(84);
  });

  it('compares timestamps written in different offsets as instants', () => {
    expect(
      minutesBetween('2026-03-14T05:41:00-04:00', '2026-03-14T09:46:00Z'),
    ).toBe(5);
  });

  it('has no figure when a timestamp is missing or unreadable', () => {
    expect(timeToDetectMinutes({ startedAt: times.startedAt })).toBeUndefined();
    expect(minutesBetween('yesterday', times.resolvedAt)).toBeUndefined();
  });

  it('counts incidents with customer impact, never success reviews', () => {
    expect(
      isCustomerImpacting({ reviewType: 'incident', customerImpact: '<10%' }),
    ).toBe(true);
    expect(
      isCustomerImpacting({ reviewType: 'incident', customerImpact: 'none' }),
    ).toBe(false);
    expect(
      isCustomerImpacting({ reviewType: 'success', customerImpact: '>50%' }),
    ).toBe(false);
  });

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
