import {
  checkTitles,
  describeDistribution,
  mostFailingChecks,
  startOfPreviousQuarter,
} from './leadership';

describe('mostFailingChecks', () => {
  it('names the checks failing for the most squads, most first', () => {
    const model = {
      checks: [
        { id: 'sop', title: 'Every paging alert has an SOP' },
        { id: 'pm', title: 'Post-mortems on time' },
      ],
    } as any;
    const failing = { pm: 1, sop: 2, other: 1 };
    expect(mostFailingChecks({ model, failing }, 2)).toEqual([
      { checkId: 'sop', title: 'Every paging alert has an SOP', failing: 2 },
      { checkId: 'other', title: 'other', failing: 1 },
    ]);
  });
});

describe('checkTitles', () => {
  it('names a check by its title, or by its id once the model has dropped it', () => {
    const titleOf = checkTitles({
      checks: [{ id: 'sop', title: 'Every paging alert has an SOP' }],
    } as any);
    expect(titleOf('sop')).toBe('Every paging alert has an SOP');
    expect(titleOf('retired-check')).toBe('retired-check');
  });
});

describe('describeDistribution', () => {
  it('lists the squads per level, highest level first', () => {
    expect(
      describeDistribution({
        period: '2026-Q4',
        squads: 10,
        distribution: { 0: 4, 1: 3, 2: 2, 3: 1 },
      }),
    ).toBe('L3 1 · L2 2 · L1 3 · L0 4');
  });
});

describe('startOfPreviousQuarter', () => {
  it('steps back to the first day of the quarter before', () => {
    expect(startOfPreviousQuarter('2026-12-06')).toBe('2026-07-01');
    expect(startOfPreviousQuarter('2026-02-28')).toBe('2025-10-01');
    expect(startOfPreviousQuarter('2026-04-01')).toBe('2026-01-01');
  });
});
