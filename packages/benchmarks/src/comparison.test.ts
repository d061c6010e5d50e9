import { medianRound, roundRatios } from './comparison';

const round = (stock: number, portalPlain: number, slice: number) => ({
  stock: { totalMs: stock },
  portalPlain: { totalMs: portalPlain },
  slice: { totalMs: slice },
});

describe('roundRatios', () => {
  it('splits the slice-to-stock ratio into the portal’s own cost and the records’', () => {
    const ratios = roundRatios(round(60_000, 66_000, 75_900));
    expect(ratios.sliceVsStock).toBeCloseTo(1.265);
    expect(ratios.portalVsStock).toBeCloseTo(1.1);
    expect(ratios.sliceVsPortal).toBeCloseTo(1.15);
  });
});

describe('medianRound', () => {
  it('takes the round with the median ratio, not the medians of each side', () => {
    const fast = round(55_200, 70_000, 98_400); // 1.78×
    const slow = round(68_300, 69_300, 78_300); // 1.15×
    const middle = round(60_000, 62_000, 78_000); // 1.30×
    expect(medianRound([fast, slow, middle])).toBe(middle);
    expect(medianRound([middle])).toBe(middle);
  });

  it('refuses an even number of rounds, whose median is no one round', () => {
    expect(() => medianRound([round(1, 1, 1), round(1, 1, 2)])).toThrow(
      'the ingestion comparison needs an odd number of rounds (got 2)',
    );
  });
});
