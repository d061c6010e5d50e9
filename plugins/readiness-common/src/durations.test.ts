import { approximateDurationSeconds, parseIsoDuration } from './durations';

describe('parseIsoDuration', () => {
  it('parses the durations records use', () => {
    expect(parseIsoDuration('PT3H10M')).toMatchObject({
      hours: 3,
      minutes: 10,
    });
    expect(parseIsoDuration('P12M')).toMatchObject({ months: 12 });
    expect(parseIsoDuration('P90D')).toMatchObject({ days: 90 });
    expect(parseIsoDuration('P1DT0.5S')).toMatchObject({
      days: 1,
      seconds: 0.5,
    });
  });

  it('rejects text that is not an ISO-8601 duration', () => {
    for (const text of [
      '',
      'P',
      'PT',
      'P1DT',
      '4h',
      'PT4',
      'P1.5D',
      '6 months',
    ]) {
      expect(parseIsoDuration(text)).toBeUndefined();
    }
  });
});

describe('approximateDurationSeconds', () => {
  it('is exact for hours and minutes', () => {
    expect(approximateDurationSeconds(parseIsoDuration('PT1H30M')!)).toBe(5400);
  });

  it('orders months and days sensibly', () => {
    const threeMonths = approximateDurationSeconds(parseIsoDuration('P3M')!);
    expect(threeMonths).toBeGreaterThan(
      approximateDurationSeconds(parseIsoDuration('P89D')!),
    );
    expect(threeMonths).toBeLessThan(
      approximateDurationSeconds(parseIsoDuration('P92D')!),
    );
  });
});
