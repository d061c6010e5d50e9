import {
  describeAge,
  formatDurationShort,
  formatLocalTime,
  formatRelativeTime,
} from './timeFormats';

describe('describeAge', () => {
  it.each([
    [0, 'just now'],
    [59, 'just now'],
    [60, '1 minute ago'],
    [185, '3 minutes ago'],
    [3599, '59 minutes ago'],
    [3600, '1 hour ago'],
    [7 * 3600 + 1800, '7 hours ago'],
    [86400, '1 day ago'],
    [3 * 86400 + 10, '3 days ago'],
  ])('calls %i seconds "%s"', (seconds, words) => {
    expect(describeAge(seconds)).toBe(words);
  });
});

describe('formatDurationShort', () => {
  it.each([
    [42, '42 s'],
    [240, '4 min'],
    [3600, '1 h'],
    [5400, '1 h 30 min'],
    [86400 + 5 * 3600, '1 d 5 h'],
    [2 * 86400, '2 d'],
    [3 * 3600 - 10, '3 h'],
    [3599, '1 h'],
    [2 * 86400 - 60, '2 d'],
  ])('writes %i seconds as "%s"', (seconds, text) => {
    expect(formatDurationShort(seconds)).toBe(text);
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it.each([
    ['2026-03-15T12:00:30Z', 'now'],
    ['2026-03-15T12:45:00Z', 'in 45 min'],
    ['2026-03-15T15:00:00Z', 'in 3 h'],
    ['2026-03-16T23:00:00Z', 'in 35 h'],
    ['2026-03-18T12:00:00Z', 'in 3 d'],
    ['2026-03-15T11:40:00Z', '20 min ago'],
  ])('writes %s as "%s"', (at, text) => {
    expect(formatRelativeTime(at, now)).toBe(text);
  });
});

describe('formatLocalTime', () => {
  const now = new Date('2026-05-12T08:00:00Z'); // a Tuesday

  it('shows only the time for today, in the given zone', () => {
    expect(formatLocalTime('2026-05-12T13:00:00Z', now, { zone: 'Europe/London', locale: 'en-GB' })).toBe(
      '14:00 BST',
    );
  });

  it('adds the weekday within the coming week', () => {
    expect(
      formatLocalTime('2026-05-14T13:00:00Z', now, { zone: 'America/New_York', locale: 'en-US' }),
    ).toBe('Thu 09:00 EDT');
  });

  it('adds the date further away, and counts days in the viewer zone', () => {
    expect(formatLocalTime('2026-05-25T09:00:00Z', now, { zone: 'UTC', locale: 'en-GB' })).toBe(
      'Mon 25 May 09:00 UTC',
    );
    // Already Wednesday in Tokyo, so "today" there.
    expect(formatLocalTime('2026-05-12T20:00:00Z', new Date('2026-05-12T16:00:00Z'), { zone: 'Asia/Tokyo', locale: 'en-US' })).toBe(
      '05:00 GMT+9',
    );
  });
});
