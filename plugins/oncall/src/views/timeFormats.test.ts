import {
  describeAge,
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
