import { AlertsClient } from './AlertsClient';

describe('AlertsClient', () => {
  const discoveryApi = {
    getBaseUrl: async (id: string) => `http://portal/api/${id}`,
  };

  it('says why on-call data is unavailable instead of failing', async () => {
    const fetchApi = {
      fetch: jest.fn(
        async () => new Response('', { status: 404, statusText: 'Not Found' }),
      ),
    };
    const client = new AlertsClient({ discoveryApi, fetchApi });
    await expect(
      client.getOnCall('component:default/ach-origination-file-0600'),
    ).resolves.toEqual({
      available: false,
      reason: 'the on-call service answered 404 Not Found',
    });
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://portal/api/oncall/oncall/entity/component/default/ach-origination-file-0600',
    );
  });

  it('reads who is on call from the on-call backend', async () => {
    const body = {
      status: {
        source: 'sandbox',
        stale: false,
        lastSuccessAt: '2026-11-22T09:00:00.000Z',
      },
      items: [
        {
          entityRef: 'group:default/x',
          title: 'X',
          escalationPolicy: { id: 'P', name: 'P' },
          levels: [],
        },
      ],
    };
    const fetchApi = {
      fetch: jest.fn(async () => new Response(JSON.stringify(body))),
    };
    const client = new AlertsClient({ discoveryApi, fetchApi });
    await expect(client.getOnCall('group:default/x')).resolves.toEqual({
      available: true,
      source: 'sandbox',
      stale: false,
      syncedAt: '2026-11-22T09:00:00.000Z',
      groups: body.items,
    });
  });

  it('throws the backend error of a list request', async () => {
    const fetchApi = {
      fetch: jest.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: {
                name: 'InputError',
                message: 'sort must be one of title',
              },
            }),
            {
              status: 400,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
      ),
    };
    const client = new AlertsClient({ discoveryApi, fetchApi });
    await expect(client.listAlerts({ sort: 'colour' })).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
    });
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://portal/api/alerts?sort=colour',
    );
  });

  it('asks for the owners a text finds, the text encoded', async () => {
    const body = {
      owners: [{ ref: 'group:default/fx', title: 'FX' }],
      total: 1,
    };
    const fetchApi = {
      fetch: jest.fn(async () => new Response(JSON.stringify(body))),
    };
    const client = new AlertsClient({ discoveryApi, fetchApi });
    await expect(client.searchAlertOwners('fx & co')).resolves.toEqual(body);
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://portal/api/alerts/facets/owners?q=fx%20%26%20co',
    );
  });
});
