import { combineRounds, LoadResult } from './load';

function round(
  p50Ms: number,
  p95Ms: number,
  overrides: Partial<LoadResult> = {},
): LoadResult {
  return {
    requests: 1000,
    failures: 0,
    p50Ms,
    p95Ms,
    maxMs: p95Ms * 2,
    requestsPerSecond: 300,
    bytes: 2048,
    ...overrides,
  };
}

describe('combineRounds', () => {
  it('takes the median round for the percentiles, so one slow round does not move them', () => {
    const combined = combineRounds([
      round(10, 40, { requestsPerSecond: 330 }),
      round(30, 120, {
        requestsPerSecond: 150,
        failures: 2,
        firstFailure: '503: busy',
      }),
      round(12, 45, { requestsPerSecond: 300, bytes: 2050 }),
    ]);
    expect(combined).toEqual({
      requests: 3000,
      failures: 2,
      firstFailure: '503: busy',
      p50Ms: 12,
      p95Ms: 45,
      maxMs: 240,
      requestsPerSecond: 260,
      bytes: 2050,
      roundsP95Ms: [40, 120, 45],
    });
  });

  it('leaves a round without answers out of the latencies, and counts its failures', () => {
    const failed = round(NaN, NaN, {
      requests: 5,
      failures: 5,
      maxMs: NaN,
      firstFailure: 'fetch failed',
    });
    const combined = combineRounds([round(10, 40), failed, round(20, 60)]);
    expect(combined).toMatchObject({
      p50Ms: 15,
      p95Ms: 50,
      maxMs: 120,
      failures: 5,
    });
    expect(combined.roundsP95Ms).toEqual([40, NaN, 60]);
    expect(combineRounds([failed]).p95Ms).toBeNaN();
  });

  it('needs a round', () => {
    expect(() => combineRounds([])).toThrow('combineRounds: no rounds');
  });
});
