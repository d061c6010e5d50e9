import { Request } from 'express';
import { applyListQuery, filterRows, ListFields, parseListQuery } from './listQuery';

type Row = { name: string; severity: string; tags: string[]; paging: boolean };

const rows: Row[] = [
  { name: 'ach-file-late', severity: 'critical', tags: ['ach'], paging: true },
  { name: 'card-latency', severity: 'high', tags: ['card'], paging: true },
  { name: 'statements-slow', severity: 'low', tags: [], paging: false },
  { name: 'ach-returns-late', severity: 'high', tags: ['ach', 'returns'], paging: false },
];

const fields: ListFields<Row> = {
  filters: {
    severity: row => row.severity,
    tag: row => row.tags,
    paging: row => row.paging,
  },
  sorts: { name: row => row.name },
  text: row => row.name,
  defaultSort: 'name',
};

const query = (params: Record<string, unknown>) =>
  parseListQuery({ query: params } as unknown as Request, fields);

describe('list queries', () => {
  it('filters by any of several values, searches text, sorts and pages', () => {
    const page = applyListQuery(
      rows,
      query({ filter: { severity: ['critical', 'high'], tag: 'ach' }, order: 'desc' }),
      fields,
    );
    expect(page.items.map(row => row.name)).toEqual(['ach-returns-late', 'ach-file-late']);
    expect(page.total).toBe(2);

    expect(
      applyListQuery(rows, query({ q: 'LATE', limit: '1', offset: '1' }), fields),
    ).toMatchObject({ items: [{ name: 'ach-returns-late' }], total: 3, offset: 1, limit: 1 });
    expect(
      applyListQuery(rows, query({ filter: { paging: 'false' } }), fields).total,
    ).toBe(2);
  });

  it('matches filter values regardless of case, lower-casing them once when parsed', () => {
    const parsed = query({ filter: { severity: 'HIGH,Critical', tag: ['ACH'] } });
    expect(parsed.filters).toEqual({ severity: ['high', 'critical'], tag: ['ach'] });
    expect(applyListQuery(rows, parsed, fields).items.map(row => row.name)).toEqual([
      'ach-file-late',
      'ach-returns-late',
    ]);
  });

  it('names what is wrong with a bad query', () => {
    expect(() => query({ filter: { colour: 'red' } })).toThrow(
      'filter[colour] is not a filter here; use one of severity, tag, paging',
    );
    expect(() => query({ sort: 'size' })).toThrow('sort must be one of name (got "size")');
    expect(() => query({ order: 'up' })).toThrow('order must be asc or desc (got "up")');
    expect(() => query({ limit: '-1' })).toThrow('limit must be a whole number of 0 or more (got "-1")');
    expect(() => query({ limit: '5000' })).toThrow('limit must be at most 500 (got 5000)');
  });

  it('sorts stably in both orders with rows lacking the sort key last', () => {
    type Ranked = { name: string; rank?: number };
    const ranked: Ranked[] = [
      { name: 'a', rank: 2 },
      { name: 'b' },
      { name: 'c', rank: 1 },
      { name: 'd', rank: 2 },
      { name: 'e' },
    ];
    const rankFields: ListFields<Ranked> = {
      filters: {},
      sorts: { rank: row => row.rank },
      text: row => row.name,
    };
    const sorted = (order: string) =>
      filterRows(
        ranked,
        parseListQuery({ query: { sort: 'rank', order } } as unknown as Request, rankFields),
        rankFields,
      ).map(row => row.name);
    expect(sorted('asc')).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(sorted('desc')).toEqual(['a', 'd', 'c', 'b', 'e']);
  });

  it('answers the same question with the same rows however it is written', () => {
    const first = filterRows(rows, query({ filter: { severity: 'high,critical', tag: 'ach' } }), fields);
    const again = filterRows(rows, query({ filter: { tag: 'ACH', severity: ['critical', 'high'] } }), fields);
    expect(again).toBe(first);
    expect(first.map(row => row.name)).toEqual(['ach-file-late', 'ach-returns-late']);
    expect(filterRows(rows, query({ filter: { severity: 'high' } }), fields)).not.toBe(first);
    // A filter on a value no row has, and a row without any value of a list field.
    expect(filterRows(rows, query({ filter: { severity: 'none' } }), fields)).toEqual([]);
    expect(filterRows(rows, query({ filter: { tag: 'returns' } }), fields).map(row => row.name)).toEqual([
      'ach-returns-late',
    ]);
  });
});
