import { formatIsoDuration, formatSeconds } from './durations';

describe('formatIsoDuration', () => {
  it.each([
    ['PT4H', '4 hours', '4 hr'],
    ['P180D', '180 days', '180 days'],
    ['PT1H30M', '1 hour, 30 minutes', '1 hr, 30 min'],
    ['P1DT12H', '1 day, 12 hours', '1 day, 12 hr'],
    ['PT0S', '0 minutes', '0 min'],
    ['every day', 'every day', 'every day'],
  ])('%s reads "%s" ("%s" when short)', (duration, long, short) => {
    expect(formatIsoDuration(duration)).toBe(long);
    expect(formatIsoDuration(duration, 'short')).toBe(short);
  });
});

describe('formatSeconds', () => {
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
    expect(formatSeconds(seconds)).toBe(text);
  });
});
