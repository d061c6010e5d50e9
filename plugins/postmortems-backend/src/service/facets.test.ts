import { searchFacetValues, trimFacets } from './facets';

const values = [
  { value: 'component:default/ach-gateway', title: 'ACH Gateway', count: 3 },
  { value: 'component:default/card-switch', title: 'Card Switch', count: 9 },
  { value: 'component:default/fx-rates', count: 1 },
  { value: 'component:default/ledger', title: 'Ledger', count: 9 },
];

describe('trimFacets', () => {
  it("sends each field's most common values and how many it has in all", () => {
    const severity = [{ value: 'high', count: 2 }];
    const trimmed = trimFacets({ service: values, severity } as any, 2);
    expect(trimmed.facets).toEqual({
      service: [values[1], values[3]],
      severity,
    });
    expect(trimmed.totals).toEqual({ service: 4, severity: 1 });
  });
});

describe('searchFacetValues', () => {
  it('finds values by their value or title in any case, and counts every match', () => {
    expect(searchFacetValues('service', values, ' LED ', 1)).toEqual({
      field: 'service',
      values: [values[3]],
      total: 1,
    });
    const found = searchFacetValues('service', values, 'default/', 2);
    expect(found.total).toBe(4);
    expect(found.values.map(v => v.count)).toEqual([9, 9]);
    expect(searchFacetValues('service', values, 'fx-').values).toEqual([
      values[2],
    ]);
  });
});
