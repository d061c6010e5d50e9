import express from 'express';
import { createServer } from 'http';
import { AddressInfo } from 'net';
import {
  RunningPagerDutySandbox,
  createPagerDutySandbox,
  startPagerDutySandbox,
} from '../sandbox';
import {
  CATALOG_DIR,
  TEST_NOW,
  TEST_TOKEN,
  contractClient,
} from '../testing/contractClient';
import { PAGERDUTY_REST_REQUESTS_PER_MINUTE } from './switches';

describe('PagerDuty sandbox switches', () => {
  let sandbox: RunningPagerDutySandbox;
  let pd: ReturnType<typeof contractClient>;

  beforeAll(async () => {
    sandbox = await startPagerDutySandbox({
      token: TEST_TOKEN,
      catalogDir: CATALOG_DIR,
      clock: () => TEST_NOW,
    });
    pd = contractClient(sandbox.url);
  });
  afterAll(() => sandbox.stop());
  afterEach(() => sandbox.controls.reset());

  it('answers 401 without the token, with a wrong one, and when told to reject it', async () => {
    const missing = await pd.get('/abilities', { token: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      error: { message: 'Authentication failed', code: 2006 },
    });
    expect((await pd.get('/abilities', { token: 'wrong' })).status).toBe(401);
    expect((await pd.get('/abilities')).status).toBe(200);
    sandbox.controls.rejectToken(true);
    expect((await pd.get('/abilities')).status).toBe(401);
  });

  it('spends a per-minute budget, PagerDuty by default, then answers 429 with Retry-After', async () => {
    const first = await pd.get('/abilities');
    expect(first.headers.get('ratelimit-limit')).toBe(
      String(PAGERDUTY_REST_REQUESTS_PER_MINUTE),
    );
    sandbox.controls.setBudget(3);
    for (let i = 0; i < 3; i++) {
      expect((await pd.get('/abilities')).status).toBe(200);
    }
    const limited = await pd.get('/abilities');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: { message: 'Rate Limit Exceeded' } });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The budget is per token: requests that fail authentication do not spend it.
    expect((await pd.get('/abilities', { token: 'other' })).status).toBe(401);
  });

  it('delays answers by the set latency', async () => {
    sandbox.controls.setLatency(300);
    const started = Date.now();
    await pd.get('/abilities');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('fails the next requests with the forced status, then recovers', async () => {
    sandbox.controls.failNext(503, 2);
    expect((await pd.get('/abilities')).status).toBe(503);
    expect((await pd.get('/abilities')).status).toBe(503);
    expect((await pd.get('/abilities')).status).toBe(200);
    sandbox.controls.failNext(429);
    const limited = await pd.get('/abilities');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
  });

  it('fails a share of requests at an error rate', async () => {
    sandbox.controls.setErrorRate(0.5, 500);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await pd.get('/abilities')).status);
    const failed = statuses.filter(status => status === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
    expect(statuses.every(status => status === 200 || status === 500)).toBe(
      true,
    );
  });

  it('refuses connections during an outage and comes back', async () => {
    await sandbox.controls.setOutage(true);
    // A kept-alive connection is cut (the first attempt may see that); new ones are refused.
    await expect(fetch(`${sandbox.url}/abilities`)).rejects.toThrow(
      'fetch failed',
    );
    const refused = await fetch(`${sandbox.url}/abilities`).catch(
      error => error.cause,
    );
    expect(refused.code).toBe('ECONNREFUSED');
    await sandbox.controls.setOutage(false);
    expect((await pd.get('/abilities')).status).toBe(200);
  });

  it('answers 503 in a service-unavailable outage', async () => {
    await sandbox.controls.setOutage(true, 'service-unavailable');
    const down = await pd.get('/incidents');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ error: { message: 'Service Unavailable' } });
  });

  it('logs every request with its query and status', async () => {
    await pd.get('/incidents?statuses[]=triggered&limit=5');
    await pd.get('/abilities', { token: null });
    expect(sandbox.requestLog).toEqual([
      {
        method: 'GET',
        path: '/incidents',
        query: { 'statuses[]': ['triggered'], limit: '5' },
        status: 200,
      },
      { method: 'GET', path: '/abilities', query: {}, status: 401 },
    ]);
  });
});

describe('PagerDuty sandbox mounted under a path of another server', () => {
  it('serves the API there, with self links under the mount path', async () => {
    const sandbox = await createPagerDutySandbox({
      token: TEST_TOKEN,
      catalogDir: CATALOG_DIR,
      clock: () => TEST_NOW,
    });
    const app = express();
    app.use(express.json());
    app.use('/api/oncall/pagerduty-sandbox', sandbox.router);
    const server = createServer(app);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/oncall/pagerduty-sandbox`;
    try {
      const pd = contractClient(base);
      const service = await pd.get('/services/PXA6126');
      expect(service.body.service.self).toBe(`${base}/services/PXA6126`);
      const event = await pd.post('/v2/enqueue', {
        routing_key: sandbox.account.services.get('PXA6126')!.integrations[0]
          .key,
        event_action: 'trigger',
        payload: {
          summary: 'Mounted trigger',
          source: 'test',
          severity: 'error',
        },
      });
      expect(event.status).toBe(202);
      expect(sandbox.requestLog.map(r => r.path)).toEqual([
        '/services/PXA6126',
        '/v2/enqueue',
      ]);
      await sandbox.controls.setOutage(true);
      await expect(fetch(`${base}/abilities`)).rejects.toThrow();
    } finally {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    }
  });
});
