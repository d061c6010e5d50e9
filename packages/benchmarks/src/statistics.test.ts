import { median, peakInWindow, percentile } from './statistics';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([90, 30, 40])).toBe(40);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN without samples', () => {
    expect(median([])).toBeNaN();
  });
});

describe('peakInWindow', () => {
  it('counts the busiest window, not the total', () => {
    const burst = [0, 100, 200, 59_999];
    const later = [120_000, 120_001];
    expect(peakInWindow([...later, ...burst], 60_000)).toBe(4);
  });

  it('does not count an event exactly one window later', () => {
    expect(peakInWindow([0, 60_000], 60_000)).toBe(1);
    expect(peakInWindow([], 60_000)).toBe(0);
  });
});
