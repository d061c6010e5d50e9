import { PostmortemsClient, queryString } from './PostmortemsClient';

describe('PostmortemsClient', () => {
  it('writes filters, period, search, sort and paging as the backend reads them', () => {
    expect(
      queryString({
        filters: {
          severity: ['critical', 'high'],
          squad: ['group:default/ach-operations-squad'],
        },
        q: 'ach',
        sort: 'startedAt',
        order: 'desc',
        offset: 20,
        limit: 20,
        from: '2026-01-01',
        to: '2026-03-31',
        by: 'journey',
      }),
    ).toBe(
      '?filter%5Bseverity%5D=critical&filter%5Bseverity%5D=high' +
        '&filter%5Bsquad%5D=group%3Adefault%2Fach-operations-squad' +
        '&q=ach&sort=startedAt&order=desc&offset=20&limit=20&from=2026-01-01&to=2026-03-31' +
        '&by=journey',
    );
    expect(queryString({ filters: {}, q: '' })).toBe('');
  });

  it('calls the post-mortems backend and exports every row, not one page', async () => {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL) => new Response('a,b\r\n'),
    );
    const client = new PostmortemsClient({
      discoveryApi: { getBaseUrl: async () => 'http://portal/api/postmortems' },
      fetchApi: { fetch: fetch as typeof globalThis.fetch },
    });
    await client.exportCsv('actions', {
      filters: { overdue: ['true'] },
      offset: 40,
      limit: 20,
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://portal/api/postmortems/actions/export.csv?filter%5Boverdue%5D=true',
    );
  });

  it('asks for a page of reliability figures, and exports them all in the order shown', async () => {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL) =>
        new Response('{"items":[],"total":0,"offset":0,"limit":10}'),
    );
    const client = new PostmortemsClient({
      discoveryApi: { getBaseUrl: async () => 'http://portal/api/postmortems' },
      fetchApi: { fetch: fetch as typeof globalThis.fetch },
    });
    const request = {
      by: 'service' as const,
      from: '2026-01-01',
      sort: 'mttrMinutes',
      order: 'desc' as const,
      offset: 10,
      limit: 10,
    };
    await client.listReliability(request);
    await client.exportCsv('reliability', request);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://portal/api/postmortems/analytics/reliability?sort=mttrMinutes&order=desc&offset=10&limit=10&from=2026-01-01&by=service',
      'http://portal/api/postmortems/analytics/reliability/export.csv?sort=mttrMinutes&order=desc&from=2026-01-01&by=service',
    ]);
  });

  it('asks for a DORA report draft by namespace and name', async () => {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL) => new Response('{}'),
    );
    const client = new PostmortemsClient({
      discoveryApi: { getBaseUrl: async () => 'http://portal/api/postmortems' },
      fetchApi: { fetch: fetch as typeof globalThis.fetch },
    });
    await client.exportDoraReport({ name: '2026-03-14-ach' }, 'csv');
    expect(fetch).toHaveBeenCalledWith(
      'http://portal/api/postmortems/dora-report/default/2026-03-14-ach?format=csv',
    );
  });

  it('turns an error answer into an error carrying the reason', async () => {
    const client = new PostmortemsClient({
      discoveryApi: { getBaseUrl: async () => 'http://portal/api/postmortems' },
      fetchApi: {
        fetch: (async () =>
          new Response(
            JSON.stringify({
              error: { name: 'InputError', message: 'from must be a date' },
            }),
            {
              status: 400,
              headers: { 'Content-Type': 'application/json' },
            },
          )) as typeof globalThis.fetch,
      },
    });
    const failure = client.getAnalytics({ from: 'x' });
    await expect(failure).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
    });
    await expect(failure).rejects.toThrow('Request failed with 400');
  });
});
