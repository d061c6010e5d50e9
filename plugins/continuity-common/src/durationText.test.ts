import { durationSeconds } from './durationText';

describe('durationSeconds', () => {
  it('measures durations in seconds, a month as 30 days', () => {
    expect(durationSeconds('PT1H')).toBe(3600);
    expect(durationSeconds('P1M')).toBe(30 * 86_400);
    expect(durationSeconds('soon')).toBeUndefined();
    expect(durationSeconds(undefined)).toBeUndefined();
  });
});
