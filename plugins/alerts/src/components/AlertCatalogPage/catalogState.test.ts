import {
  catalogRequest,
  readCatalogState,
  writeCatalogState,
} from './catalogState';

describe('catalog page state', () => {
  it('reads filters, search, sort and page from the URL', () => {
    const state = readCatalogState(
      new URLSearchParams(
        'severity=critical&severity=high&hasSop=false&q=ACH&sort=title&order=desc&page=2&pageSize=50&colour=red',
      ),
    );
    expect(state).toEqual({
      filters: { severity: ['critical', 'high'], hasSop: ['false'] },
      q: 'ACH',
      sort: 'title',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(catalogRequest(state)).toEqual({
      filters: { severity: ['critical', 'high'], hasSop: ['false'] },
      q: 'ACH',
      sort: 'title',
      order: 'desc',
      offset: 100,
      limit: 50,
    });
  });

  it('falls back to the first page and the default size for nonsense', () => {
    const state = readCatalogState(new URLSearchParams('page=-1&pageSize=7'));
    expect(state.page).toBe(0);
    expect(state.pageSize).toBe(20);
    expect(catalogRequest(state)).toMatchObject({
      offset: 0,
      limit: 20,
      order: undefined,
    });
  });

  it('writes the state back without defaults', () => {
    const text = 'severity=critical&paging=true&q=ach&page=1';
    expect(
      writeCatalogState(readCatalogState(new URLSearchParams(text))).toString(),
    ).toBe(text);
    expect(
      writeCatalogState({
        filters: {},
        q: '',
        order: 'asc',
        page: 0,
        pageSize: 20,
      }).toString(),
    ).toBe('');
  });
});
