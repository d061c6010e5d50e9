import {
  compareScorecards,
  levelDistribution,
  levelTrend,
  recentPeriodKeys,
  trendPeriodKey,
} from './trend';

describe('trend periods', () => {
  it('names ISO weeks and quarters in UTC', () => {
    expect(trendPeriodKey(new Date('2026-01-01T00:00:00Z'), 'week')).toBe(
      '2026-W01',
    );
    expect(trendPeriodKey(new Date('2027-01-01T12:00:00Z'), 'week')).toBe(
      '2026-W53',
    );
    expect(trendPeriodKey(new Date('2026-11-22T00:00:00Z'), 'quarter')).toBe(
      '2026-Q4',
    );
  });

  it('lists the last periods oldest first', () => {
    expect(
      recentPeriodKeys(new Date('2026-11-22T00:00:00Z'), 'quarter', 4),
    ).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(
      recentPeriodKeys(new Date('2026-01-05T00:00:00Z'), 'week', 3),
    ).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});

describe('levelTrend', () => {
  it('gives squads per level and the average level per period, with empty periods', () => {
    const trend = levelTrend(
      [
        { squadRef: 'a', period: '2026-Q3', level: 1 },
        { squadRef: 'b', period: '2026-Q3', level: 0 },
        { squadRef: 'a', period: '2026-Q4', level: 2 },
        { squadRef: 'b', period: '2026-Q4', level: 1 },
      ],
      ['2026-Q2', '2026-Q3', '2026-Q4'],
      [1, 2, 3],
    );
    expect(trend).toEqual([
      {
        period: '2026-Q2',
        squads: 0,
        averageLevel: undefined,
        distribution: { 0: 0, 1: 0, 2: 0, 3: 0 },
      },
      {
        period: '2026-Q3',
        squads: 2,
        averageLevel: 0.5,
        distribution: { 0: 1, 1: 1, 2: 0, 3: 0 },
      },
      {
        period: '2026-Q4',
        squads: 2,
        averageLevel: 1.5,
        distribution: { 0: 0, 1: 1, 2: 1, 3: 0 },
      },
    ]);
  });

  it('counts levels', () => {
    expect(levelDistribution([0, 2, 2, 3], [1, 2, 3])).toEqual({
      0: 1,
      1: 0,
      2: 2,
      3: 1,
    });
  });
});

describe('compareScorecards', () => {
  it('reports level changes and checks newly met or unmet', () => {
    expect(
      compareScorecards(
        [
          {
            squadRef: 'a',
            level: 1,
            evaluatedAt: '2026-07-01',
            statuses: { ci: 'pass', paired: 'fail', sops: 'pass' },
          },
          {
            squadRef: 'gone',
            level: 2,
            evaluatedAt: '2026-07-01',
            statuses: {},
          },
        ],
        [
          {
            squadRef: 'a',
            level: 2,
            evaluatedAt: '2026-10-01',
            statuses: { ci: 'pass', paired: 'waived', sops: 'no-data' },
          },
          {
            squadRef: 'new',
            level: 0,
            evaluatedAt: '2026-10-01',
            statuses: {},
          },
        ],
      ),
    ).toEqual([
      {
        squadRef: 'a',
        levelBefore: 1,
        levelAfter: 2,
        levelChange: 1,
        improved: ['paired'],
        regressed: ['sops'],
      },
      {
        squadRef: 'gone',
        levelBefore: 2,
        levelAfter: undefined,
        levelChange: undefined,
        improved: [],
        regressed: [],
      },
      {
        squadRef: 'new',
        levelBefore: undefined,
        levelAfter: 0,
        levelChange: undefined,
        improved: [],
        regressed: [],
      },
    ]);
  });
});
