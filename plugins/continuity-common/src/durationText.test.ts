import { durationSeconds, formatDuration } from './durationText';

describe('durations for people', () => {
  it.each([
    ['PT4H', '4 hours', '4 hr'],
    ['PT1H30M', '1 hour, 30 minutes', '1 hr, 30 min'],
    ['P3D', '3 days', '3 days'],
    ['PT0S', '0 minutes', '0 min'],
    ['every day', 'every day', 'every day'],
  ])('%s reads "%s" ("%s" when short)', (duration, long, short) => {
    expect(formatDuration(duration)).toBe(long);
    expect(formatDuration(duration, 'short')).toBe(short);
  });

  it('measures durations in seconds, a month as 30 days', () => {
    expect(durationSeconds('PT1H')).toBe(3600);
    expect(durationSeconds('P1M')).toBe(30 * 86_400);
    expect(durationSeconds('soon')).toBeUndefined();
    expect(durationSeconds(undefined)).toBeUndefined();
  });
});
