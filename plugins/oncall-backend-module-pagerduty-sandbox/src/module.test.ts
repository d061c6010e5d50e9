import {
  TestDatabases,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import oncallPlugin from '@readiness/plugin-oncall-backend';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import request from 'supertest';
import { oncallModulePagerDutySandbox } from './module';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const catalogDir = resolvePath(__dirname, '../../../catalog-info');

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'signup-service',
      annotations: { 'pagerduty.com/service-id': 'PL85PM1' },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'onboarding' },
  },
];

async function startPortal(config: Record<string, unknown>) {
  const knex = await databases.init('SQLITE_3');
  return startTestBackend({
    features: [
      oncallPlugin,
      oncallModulePagerDutySandbox,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      // Runs only what the plugin triggers: its first sync once the backend has started.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          ...config,
          pagerDuty: {
            requestsPerMinute: 1_000_000,
            ...(config.pagerDuty as object),
          },
        },
      }),
    ],
  });
}

async function waitForSync(server: any) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { body } = await request(server).get('/api/oncall/status');
    if (body.lastSuccessAt || body.lastError) {
      return body;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error('the first sync did not run');
}

/** How a TCP connection to the address ends: 'connected' or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise(resolve => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code ?? error.message),
    );
  });
}

/** This machine's addresses other than loopback, where the sandbox must not answer. */
const externalAddresses = Object.values(networkInterfaces())
  .flat()
  .filter(address => address && !address.internal && address.family === 'IPv4')
  .map(address => address!.address);

describe('oncallModulePagerDutySandbox', () => {
  it('runs the sandbox on loopback for the plugin alone, and stops it with the backend', async () => {
    const backend = await startPortal({
      oncall: { sandbox: { catalogDir, token: 'module-test-token' } },
    });
    let sandboxUrl: URL | undefined;
    try {
      const status = await waitForSync(backend.server);
      expect(status).toMatchObject({
        source: 'sandbox',
        baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        lastSuccessAt: expect.any(String),
      });
      sandboxUrl = new URL(status.baseUrl);

      // The sandbox checks its own token, like PagerDuty.
      expect((await fetch(`${sandboxUrl}services`)).status).toBe(401);
      const services = await fetch(`${sandboxUrl}services`, {
        headers: { Authorization: 'Token token=module-test-token' },
      });
      expect(services.status).toBe(200);

      // Only on loopback: not on the machine's other addresses…
      for (const address of externalAddresses) {
        expect(await tryConnect(address, Number(sandboxUrl.port))).toBe(
          'ECONNREFUSED',
        );
      }
      // …and nothing of it on the backend's own port, where the old mount was.
      for (const path of [
        '/api/oncall/pagerduty-sandbox/services',
        '/services',
      ]) {
        await request(backend.server)
          .get(path)
          .set('Authorization', 'Token token=module-test-token')
          .expect(404);
      }
      await request(backend.server)
        .post('/api/oncall/pagerduty-sandbox/v2/enqueue')
        .send({ event_action: 'trigger' })
        .expect(404);

      // The routing key comes from the synced service, not the catalog.
      const raised = await request(backend.server)
        .post('/api/oncall/incidents')
        .send({ entityRef: 'component:default/signup-service', title: 'Down' });
      expect(raised.status).toBe(201);
      expect(raised.body.incidentNumber).toEqual(expect.any(Number));
    } finally {
      await backend.stop();
    }
    expect(await tryConnect('127.0.0.1', Number(sandboxUrl!.port))).toBe(
      'ECONNREFUSED',
    );
  });

  it('gives the sandbox a token of its own when none is configured', async () => {
    const backend = await startPortal({ oncall: { sandbox: { catalogDir } } });
    try {
      const status = await waitForSync(backend.server);
      expect(status.lastSuccessAt).toEqual(expect.any(String));
      const guessed = await fetch(`${status.baseUrl}/services`, {
        headers: { Authorization: 'Token token=readiness-sandbox-token' },
      });
      expect(guessed.status).toBe(401);
    } finally {
      await backend.stop();
    }
  });

  it('does not run where it is turned off, so the plugin says the token is missing', async () => {
    await expect(
      startPortal({ oncall: { sandbox: { catalogDir, enabled: false } } }),
    ).rejects.toThrow(/pagerDuty\.token/);
  });

  it('leaves the plugin to the configured PagerDuty when a token is set', async () => {
    const backend = await startPortal({
      pagerDuty: {
        token: 'a-real-token',
        apiBaseUrl: 'http://127.0.0.1:9',
        requestTimeout: { seconds: 1 },
      },
      oncall: { sandbox: { catalogDir } },
    });
    try {
      expect(await waitForSync(backend.server)).toMatchObject({
        source: 'pagerduty',
        baseUrl: 'http://127.0.0.1:9',
      });
    } finally {
      await backend.stop();
    }
  });
});

/**
 * The on-call family's independence test: a backend of nothing but a catalog
 * mock, the on-call plugin and this module answers the on-call API. It lives
 * here, beside the module, because the plugin's own package must not depend
 * on the module that depends on it.
 */
describe('the on-call family on its own', () => {
  it('answers /api/oncall with only a catalog, the on-call plugin and the sandbox module', async () => {
    const backend = await startPortal({ oncall: { sandbox: { catalogDir } } });
    try {
      expect(await waitForSync(backend.server)).toMatchObject({
        source: 'sandbox',
        lastSuccessAt: expect.any(String),
      });
      const now = await request(backend.server).get('/api/oncall/oncall/now');
      expect(now.status).toBe(200);
      expect(now.body.items.length).toBeGreaterThan(0);

      const entity = await request(backend.server).get(
        '/api/oncall/oncall/entity/component/default/signup-service',
      );
      expect(entity.status).toBe(200);
      expect(entity.body.items).toEqual(expect.any(Array));

      for (const path of [
        '/api/oncall/incidents?limit=5',
        '/api/oncall/incidents/analytics?months=3',
        '/api/oncall/users',
      ]) {
        const answer = await request(backend.server).get(path);
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
        expect(answer.body.status.source).toBe('sandbox');
      }
    } finally {
      await backend.stop();
    }
  });
});
