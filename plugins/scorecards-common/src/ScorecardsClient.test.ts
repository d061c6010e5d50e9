import { ScorecardsClient } from './ScorecardsClient';

function clientAnswering(response: Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response.clone(),
  );
  const client = new ScorecardsClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://backend/api/${pluginId}`,
    },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

describe('ScorecardsClient', () => {
  it("addresses a squad by its ref's namespace and name", async () => {
    const { client, fetch } = clientAnswering(Response.json({ entries: [] }));
    await client.getAuditTrail('payments-squad');
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/scorecards/squads/default/payments-squad/audit',
    );
  });

  it('sends only the query parameters given, and a backend token as a bearer', async () => {
    const { client, fetch } = clientAnswering(Response.json({ points: [] }));
    await client.getHistory({ period: 'quarter' }, { token: 'service-token' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/scorecards/history?period=quarter');
    expect(init?.headers).toEqual({ Authorization: 'Bearer service-token' });
  });

  it('asks for a page of squads with the list parameters given', async () => {
    const { client, fetch } = clientAnswering(Response.json({}));
    await client.getScorecards({
      offset: 40,
      limit: 20,
      filters: { domain: ['payments'] },
    });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/scorecards/scorecards?filter%5Bdomain%5D=payments&offset=40&limit=20',
    );
  });

  it('sends changes as JSON', async () => {
    const { client, fetch } = clientAnswering(Response.json({}));
    const decision = {
      squad: 'group:default/payments-squad',
      checkId: 'ci',
      decision: 'reject' as const,
      reason: 'The link shows another squad',
    };
    await client.decide(decision);
    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toMatch(/\/decisions$/);
    expect(init).toEqual({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(decision),
    });
  });

  it("throws the backend's error", async () => {
    const { client } = clientAnswering(
      Response.json(
        { error: { name: 'NotAllowedError', message: 'You may not' } },
        { status: 403, statusText: 'Forbidden' },
      ),
    );
    await expect(client.evaluate()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
    });
  });
});
