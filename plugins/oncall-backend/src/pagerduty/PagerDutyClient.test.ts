import { jsonResponse } from '@readiness/plugin-readiness-common/testUtils';
import {
  PagerDutyClient,
  PagerDutyError,
  backoffDelayMs,
  parseRetryAfterMs,
} from './PagerDutyClient';
import { RequestRateLimiter } from './RequestRateLimiter';

function clientWith(
  responses: Array<Response | Error>,
  options: { timeoutMs?: number } = {},
) {
  const urls: string[] = [];
  const sleeps: number[] = [];
  const fetchMock = jest.fn(
    async (url: string | URL | Request, _init?: RequestInit) => {
      urls.push(String(url));
      const next = responses.shift();
      if (!next) throw new Error('no more responses');
      if (next instanceof Error) throw next;
      return next;
    },
  );
  const client = new PagerDutyClient({
    apiBaseUrl: 'https://api.pagerduty.test/',
    eventsBaseUrl: 'https://events.pagerduty.test/v2',
    token: 'secret-token',
    fetch: fetchMock as unknown as typeof fetch,
    sleep: async ms => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { client, urls, sleeps, fetchMock };
}

describe('PagerDutyClient', () => {
  it('pages with limit and offset until PagerDuty says there is no more', async () => {
    const { client, urls, fetchMock } = clientWith([
      jsonResponse(200, {
        services: [{ id: 'P1' }],
        more: true,
        limit: 100,
        offset: 0,
      }),
      jsonResponse(200, {
        services: [{ id: 'P2' }],
        more: false,
        limit: 100,
        offset: 100,
      }),
    ]);
    expect(await client.listServices()).toEqual([{ id: 'P1' }, { id: 'P2' }]);
    expect(urls).toEqual([
      'https://api.pagerduty.test/services?include%5B%5D=integrations&limit=100&offset=0',
      'https://api.pagerduty.test/services?include%5B%5D=integrations&limit=100&offset=100',
    ]);
    expect(fetchMock.mock.calls[0][1]?.headers).toEqual({
      Accept: 'application/vnd.pagerduty+json;version=2',
      'Content-Type': 'application/json',
      Authorization: 'Token token=secret-token',
    });
    expect(client.requestCount).toBe(2);
  });

  it('waits as long as Retry-After says on a 429, then retries', async () => {
    const { client, sleeps } = clientWith([
      jsonResponse(
        429,
        { error: { message: 'Rate Limit Exceeded' } },
        { 'Retry-After': '30' },
      ),
      jsonResponse(200, { teams: [], more: false }),
    ]);
    expect(await client.listTeams()).toEqual([]);
    expect(sleeps).toEqual([30_000]);
  });

  it('gives up at once when PagerDuty asks for a longer wait than a sync should take', async () => {
    const { client, sleeps } = clientWith([
      jsonResponse(429, {}, { 'Retry-After': '600' }),
    ]);
    const error = await client.listTeams().catch(e => e);
    expect(error).toBeInstanceOf(PagerDutyError);
    expect(error.message).toBe(
      'PagerDuty is rate-limiting us; retrying after 600 s',
    );
    expect(error.retryAfterMs).toBe(600_000);
    expect(sleeps).toEqual([]);
  });

  it('does not retry a rejected token', async () => {
    const { client, fetchMock } = clientWith([
      jsonResponse(401, { error: { message: 'Unauthorized', code: 2006 } }),
    ]);
    await expect(client.listUsers()).rejects.toThrow(
      'PagerDuty rejected the token (401)',
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('backs off exponentially on 5xx and network errors, then says what failed', async () => {
    const { client, sleeps } = clientWith([
      jsonResponse(503, {}),
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNRESET' },
      }),
      jsonResponse(500, {}),
      jsonResponse(502, {}),
    ]);
    await expect(client.listSchedules()).rejects.toThrow(
      'PagerDuty answered 502 Bad Gateway (GET /schedules, tried 4 times)',
    );
    // Full jitter with random() = 0.5: half of 1 s, 2 s, 4 s.
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('reports an unreachable PagerDuty in plain words', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED' },
    });
    const { client } = clientWith([refused, refused, refused, refused]);
    await expect(client.listTeams()).rejects.toThrow(
      'Could not reach PagerDuty at https://api.pagerduty.test: ECONNREFUSED (GET /teams, tried 4 times)',
    );
  });

  it('reads once for a person waiting: the answer as PagerDuty gives it, and no retry', async () => {
    const { client, urls, sleeps, fetchMock } = clientWith([
      jsonResponse(200, { service: { id: 'PGW0001' } }),
      jsonResponse(503, {}),
    ]);
    await expect(
      client.readOnce('/services/PGW0001', '?include[]=integrations'),
    ).resolves.toEqual({ service: { id: 'PGW0001' } });
    expect(urls).toEqual([
      'https://api.pagerduty.test/services/PGW0001?include[]=integrations',
    ]);
    expect(fetchMock.mock.calls[0][1]?.headers).toMatchObject({
      Authorization: 'Token token=secret-token',
    });
    await expect(client.readOnce('/incidents', '')).rejects.toThrow(
      'PagerDuty answered 503 Service Unavailable (GET /incidents, tried 1 times)',
    );
    expect(sleeps).toEqual([]);
  });

  it('abandons a request that takes longer than the timeout', async () => {
    const client = new PagerDutyClient({
      apiBaseUrl: 'https://api.pagerduty.test',
      eventsBaseUrl: 'https://events.pagerduty.test/v2',
      token: 'secret-token',
      timeoutMs: 50,
      maxAttempts: 1,
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal!.addEventListener('abort', () =>
            reject(init.signal!.reason),
          );
        })) as unknown as typeof fetch,
    });
    await expect(client.listTeams()).rejects.toThrow(
      'PagerDuty did not answer within 1 s (GET /teams, tried 1 times)',
    );
  });

  it('names the reason PagerDuty gives when it refuses a request', async () => {
    const { client } = clientWith([
      jsonResponse(400, {
        error: {
          message: 'Invalid Input Provided',
          errors: ['Since is invalid'],
        },
      }),
    ]);
    await expect(
      client.listIncidents({ since: new Date(0), until: new Date(1) }),
    ).rejects.toThrow(
      'PagerDuty refused GET /incidents (400): Invalid Input Provided; Since is invalid',
    );
  });

  it('sends trigger events to Events API v2', async () => {
    const { client, urls, fetchMock } = clientWith([
      jsonResponse(202, {
        status: 'success',
        message: 'Event processed',
        dedup_key: 'k1',
      }),
    ]);
    const dedupKey = await client.sendTriggerEvent({
      routing_key: 'key-gw',
      event_action: 'trigger',
      dedup_key: 'k1',
      payload: {
        summary: 'Checkout down',
        source: 'portal',
        severity: 'critical',
      },
    });
    expect(dedupKey).toBe('k1');
    expect(urls).toEqual(['https://events.pagerduty.test/v2/enqueue']);
    expect(
      JSON.parse(fetchMock.mock.calls[0][1]!.body as string),
    ).toMatchObject({
      routing_key: 'key-gw',
    });
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-03-15T12:00:00Z');
  it('reads seconds, an HTTP date or ratelimit-reset', () => {
    expect(parseRetryAfterMs(new Headers({ 'Retry-After': '7' }), now)).toBe(
      7000,
    );
    expect(
      parseRetryAfterMs(
        new Headers({ 'Retry-After': 'Sun, 15 Mar 2026 12:00:20 GMT' }),
        now,
      ),
    ).toBe(20_000);
    expect(
      parseRetryAfterMs(new Headers({ 'ratelimit-reset': '12' }), now),
    ).toBe(12_000);
    expect(parseRetryAfterMs(new Headers(), now)).toBeUndefined();
  });
});

describe('backoffDelayMs', () => {
  it('doubles up to a cap, scaled by the jitter', () => {
    expect(
      [0, 1, 2, 3, 10].map(retry => backoffDelayMs(retry, () => 1)),
    ).toEqual([1000, 2000, 4000, 8000, 30000]);
    expect(backoffDelayMs(3, () => 0)).toBe(0);
  });
});

describe('RequestRateLimiter', () => {
  it('never lets more than the limit through in any minute', async () => {
    let now = 0;
    const sent: number[] = [];
    const limiter = new RequestRateLimiter({
      requestsPerMinute: 60,
      now: () => now,
      sleep: async ms => {
        now += ms;
      },
    });
    for (let i = 0; i < 200; i++) {
      await limiter.acquire();
      sent.push(now);
    }
    for (let i = 0; i < sent.length; i++) {
      const inMinute = sent.filter(t => t >= sent[i] && t < sent[i] + 60_000);
      expect(inMinute.length).toBeLessThanOrEqual(60);
    }
    // A burst of a tenth of the limit goes out at once.
    expect(sent.filter(t => t === 0)).toHaveLength(6);
  });
});
