import { listQueryString } from './lists';

describe('listQueryString', () => {
  it('writes filters, text, sort and page as the list endpoints read them', () => {
    expect(
      decodeURIComponent(
        listQueryString({
          filters: {
            severity: ['critical', 'high'],
            hasSop: ['false'],
            owner: [],
          },
          q: 'fed ach',
          sort: 'title',
          order: 'desc',
          offset: 40,
          limit: 20,
        }),
      ),
    ).toBe(
      '?filter[severity]=critical&filter[severity]=high&filter[hasSop]=false&q=fed+ach&sort=title&order=desc&offset=40&limit=20',
    );
  });

  it('adds an endpoint’s own parameters and leaves out empty ones', () => {
    expect(
      listQueryString(
        { q: '', offset: 0 },
        { from: '2026-01-01', to: undefined, by: '' },
      ),
    ).toBe('?offset=0&from=2026-01-01');
  });

  it('is empty when the request asks for nothing', () => {
    expect(listQueryString()).toBe('');
  });
});
