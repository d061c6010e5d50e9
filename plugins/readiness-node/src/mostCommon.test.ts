import { mostCommon, searchMostCommon } from './mostCommon';

const values = [
  { title: 'Alpha', count: 3 },
  { title: 'Beta', count: 9 },
  { title: 'Gamma', count: 1 },
  { title: 'Delta', count: 9 },
];
const count = (value: { count: number }) => value.count;

describe('mostCommon', () => {
  it('keeps the most common values in the order they came', () => {
    expect(mostCommon(values, count, 2).map(v => v.title)).toEqual([
      'Beta',
      'Delta',
    ]);
    expect(mostCommon(values, count, 3).map(v => v.title)).toEqual([
      'Alpha',
      'Beta',
      'Delta',
    ]);
  });

  it('keeps the earlier of equal counts', () => {
    expect(mostCommon(values, count, 1).map(v => v.title)).toEqual(['Beta']);
  });

  it('returns a list no longer than shown as it is', () => {
    expect(mostCommon(values, count, 10)).toBe(values);
  });
});

describe('searchMostCommon', () => {
  const options = {
    textsOf: (value: { title: string; ref?: string }) => [
      value.title,
      value.ref,
    ],
    countOf: count,
    shown: 1,
  };
  const refs = [
    ...values,
    { title: 'Epsilon', ref: 'group:default/ALPHA-two', count: 20 },
  ];

  it('finds values by any of their texts, any case, the most common first, and counts them all', () => {
    expect(searchMostCommon(refs, ' alpha ', options)).toEqual({
      values: [{ title: 'Epsilon', ref: 'group:default/ALPHA-two', count: 20 }],
      total: 2,
    });
  });

  it('finds nothing when no text contains the search', () => {
    expect(searchMostCommon(refs, 'omega', options)).toEqual({
      values: [],
      total: 0,
    });
  });
});
