import { ResponseError } from '@backstage/errors';
import { jsonResponse } from '@readiness/plugin-readiness-common/testUtils';
import { OnCallClient } from './OnCallClient';

describe('OnCallClient', () => {
  const discoveryApi = {
    getBaseUrl: async (pluginId: string) =>
      `http://portal.example/api/${pluginId}`,
  };

  function clientAnswering(response: () => Response) {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) => response(),
    );
    return {
      client: new OnCallClient({ discoveryApi, fetchApi: { fetch } }),
      fetch,
    };
  }

  it('asks for the whole organisation, a page of it, or only what matches a search', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse(200, { items: [], total: 0 }),
    );
    await client.getOnCallNow();
    await client.getOnCallNow({ offset: 40, limit: 20 });
    await client.getOnCallNow({ q: '  Ada Lovelace ' });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://portal.example/api/oncall/oncall/now',
      'http://portal.example/api/oncall/oncall/now?offset=40&limit=20',
      'http://portal.example/api/oncall/oncall/now?q=Ada+Lovelace',
    ]);
  });

  it("addresses an entity's on-call and incidents by its ref", async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse(200, { items: [] }),
    );
    await client.getEntityOnCall('group:default/ach-operations-squad');
    await client.getIncidents({
      entityRef: 'component:default/payment-gateway',
      status: 'triggered',
    });
    await client.getIncidentAnalytics({
      entityRef: 'group:default/ach-operations-squad',
      months: 6,
    });
    await client.getIncidentLogEntries('Q1/2');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://portal.example/api/oncall/oncall/entity/group/default/ach-operations-squad',
      'http://portal.example/api/oncall/incidents?entityRef=component%3Adefault%2Fpayment-gateway&status=triggered',
      'http://portal.example/api/oncall/incidents/analytics?entityRef=group%3Adefault%2Fach-operations-squad&months=6',
      'http://portal.example/api/oncall/incidents/Q1%2F2/log-entries',
    ]);
  });

  it('posts a new incident and returns what the backend created', async () => {
    const created = {
      incidentNumber: 7,
      dedupKey: 'k',
      serviceName: 'Payment Gateway',
    };
    const { client, fetch } = clientAnswering(() => jsonResponse(201, created));
    await expect(
      client.createIncident({
        entityRef: 'component:default/payment-gateway',
        title: 'Down',
      }),
    ).resolves.toEqual(created);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://portal.example/api/oncall/incidents');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      entityRef: 'component:default/payment-gateway',
      title: 'Down',
    });
  });

  it("throws the backend's refusal with its status, message and headers", async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(
        429,
        {
          error: { name: 'Error', message: 'Too many incidents raised' },
          response: { statusCode: 429 },
        },
        { 'Retry-After': '60' },
      ),
    );
    const error = await client
      .createIncident({
        entityRef: 'component:default/payment-gateway',
        title: 'Down',
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(429);
    expect(error.body.error.message).toBe('Too many incidents raised');
    expect(error.response.headers.get('Retry-After')).toBe('60');
  });
});
