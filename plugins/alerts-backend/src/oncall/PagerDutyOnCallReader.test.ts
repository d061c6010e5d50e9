import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import { PagerDutyOnCallReader } from './PagerDutyOnCallReader';

const synced = { lastSuccessAt: '2026-11-21T11:58:00Z', stale: false };
const group = (serviceIds: string[], firstLevelNow: number) => ({
  entityRef: 'group:default/ach-operations-squad',
  title: 'ACH Operations Squad',
  escalationPolicy: { id: 'PEP1', name: 'ACH', serviceIds },
  levels: [
    {
      level: 1,
      now: Array.from({ length: firstLevelNow }, (_, i) => ({
        userId: `U${i}`,
        name: `Person ${i}`,
      })),
    },
  ],
});

describe('PagerDutyOnCallReader', () => {
  let server: Server;
  let answer: () => { status: number; body?: object };
  const authorization: Array<string | undefined> = [];

  beforeAll(async () => {
    const app = express();
    app.get('/api/oncall/oncall/now', (request, response) => {
      authorization.push(request.headers.authorization);
      const { status, body } = answer();
      response.status(status).json(body ?? {});
    });
    server = app.listen(0);
    await new Promise(resolve => server.once('listening', resolve));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    authorization.length = 0;
  });

  /** Waits until the on-call backend has been asked `requests` times and the last answer is in. */
  async function refreshed(requests: number) {
    while (authorization.length < requests) {
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }

  function createReader(now: { ms: number }) {
    const { port } = server.address() as AddressInfo;
    return new PagerDutyOnCallReader({
      discovery: {
        getBaseUrl: async (pluginId: string) =>
          `http://127.0.0.1:${port}/api/${pluginId}`,
        getExternalBaseUrl: async () => '',
      },
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      maxAgeMs: 30_000,
      now: () => now.ms,
    });
  }

  it('reads who is on call with a service token, and keeps the answer a while', async () => {
    answer = () => ({
      status: 200,
      body: {
        status: synced,
        items: [group(['PSVC1'], 1), group(['PSVC2'], 0)],
      },
    });
    const now = { ms: 0 };
    const reader = createReader(now);
    const first = await reader.onCall();
    expect(first).toEqual({
      available: true,
      servicesOnCall: new Set(['PSVC1']),
    });
    expect(authorization.at(-1)).toMatch(/^Bearer /);

    now.ms = 20_000;
    expect(await reader.onCall()).toBe(first);
    expect(authorization).toHaveLength(1);

    // Asked again once old, in the background; an unchanged answer is the same object.
    now.ms = 31_000;
    expect(await reader.onCall()).toBe(first);
    await refreshed(2);
    expect(await reader.onCall()).toBe(first);

    answer = () => ({
      status: 200,
      body: { status: synced, items: [group(['PSVC1', 'PSVC2'], 1)] },
    });
    now.ms = 62_000;
    // The caller that finds it old still gets the last answer; the next one gets the new.
    expect(await reader.onCall()).toBe(first);
    await refreshed(3);
    expect(await reader.onCall()).toEqual({
      available: true,
      servicesOnCall: new Set(['PSVC1', 'PSVC2']),
    });
  });

  it('says why the data is unavailable', async () => {
    const now = { ms: 0 };
    const reader = createReader(now);
    answer = () => ({ status: 503 });
    expect(await reader.onCall()).toEqual({
      available: false,
      reason:
        'The on-call backend answered 503 when asked for who is on call (GET /api/oncall/oncall/now)',
    });

    answer = () => ({
      status: 200,
      body: {
        status: { stale: true, lastError: { message: 'token refused' } },
        items: [],
      },
    });
    now.ms = 31_000;
    await reader.onCall();
    await refreshed(2);
    expect(await reader.onCall()).toEqual({
      available: false,
      reason: 'PagerDuty has not been synced yet (token refused)',
    });
  });

  it('says so when the on-call backend cannot be reached', async () => {
    const reader = new PagerDutyOnCallReader({
      discovery: {
        getBaseUrl: async () => 'http://127.0.0.1:9/api/oncall',
        getExternalBaseUrl: async () => '',
      },
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    const result = await reader.onCall();
    expect(result.available).toBe(false);
    expect(!result.available && result.reason).toMatch(
      /^The on-call backend could not be reached for who is on call \(GET \/api\/oncall\/oncall\/now\): /,
    );
  });
});
