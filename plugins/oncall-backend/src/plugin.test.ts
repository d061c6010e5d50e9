import {
  TestDatabases,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  RunningPagerDutySandbox,
  startPagerDutySandbox,
} from '@readiness/pagerduty-sandbox';
import { Knex } from 'knex';
import { resolve as resolvePath } from 'node:path';
import request from 'supertest';
import { oncallPlugin } from './plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const catalogDir = resolvePath(__dirname, '../../../catalog-info');

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'onboarding-squad', title: 'Onboarding Squad' },
    spec: { type: 'team', children: [] },
  },
];

async function waitForSync(server: any, expectError = false) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { body } = await request(server).get('/api/oncall/status');
    if (expectError ? body.lastError : body.lastSuccessAt) {
      return body;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  const { body } = await request(server).get('/api/oncall/status');
  throw new Error(`the sync did not run: ${JSON.stringify(body)}`);
}

async function startPortal(knex: Knex, pagerDuty: Record<string, unknown>) {
  return startTestBackend({
    features: [
      oncallPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      // Runs only what the plugin triggers: its first sync once the backend has started.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          // The rate limiter has its own tests; here it would only slow things down.
          pagerDuty: { requestsPerMinute: 1_000_000, ...pagerDuty },
          oncall: {
            sandbox: { catalogDir, token: 'plugin-test-token' },
          },
        },
      }),
    ],
  });
}

describe('oncallPlugin', () => {
  it('serves the sandbox behind its own token when no PagerDuty token is set, and syncs from it', async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startPortal(knex, {});
    const { server } = backend;
    try {
      await request(server)
        .get('/api/oncall/pagerduty-sandbox/services')
        .expect(401);
      const services = await request(server)
        .get('/api/oncall/pagerduty-sandbox/services')
        .set('Authorization', 'Token token=plugin-test-token')
        .set('Accept', 'application/vnd.pagerduty+json;version=2');
      expect(services.status).toBe(200);
      expect(services.body.services.length).toBeGreaterThan(0);

      const status = await waitForSync(server);
      expect(status).toMatchObject({
        source: 'sandbox',
        baseUrl: expect.stringMatching(/\/api\/oncall\/pagerduty-sandbox$/),
        stale: false,
      });
      const now = await request(server).get('/api/oncall/oncall/now');
      expect(now.body.items.map((i: any) => i.entityRef)).toContain(
        'group:default/onboarding-squad',
      );
    } finally {
      await backend.stop();
    }
  });

  describe('with a PagerDuty token', () => {
    let sandbox: RunningPagerDutySandbox;

    beforeEach(async () => {
      sandbox = await startPagerDutySandbox({
        catalogDir,
        token: 'real-looking-token',
      });
    });

    afterEach(async () => {
      await sandbox.stop();
    });

    it('keeps serving the last snapshot after a restart while PagerDuty is down', async () => {
      const knex = await databases.init('SQLITE_3');
      const pagerDuty = {
        token: 'real-looking-token',
        apiBaseUrl: sandbox.url,
        eventsBaseUrl: sandbox.eventsUrl,
        requestTimeout: { seconds: 1 },
      };

      const first = await startPortal(knex, pagerDuty);
      let synced;
      try {
        synced = await waitForSync(first.server);
        expect(synced).toMatchObject({
          source: 'pagerduty',
          baseUrl: sandbox.url,
        });
        // The sandbox is not mounted when a real PagerDuty is configured.
        await request(first.server)
          .get('/api/oncall/pagerduty-sandbox/services')
          .expect(404);
      } finally {
        await first.stop();
      }

      await sandbox.controls.setOutage(true, 'service-unavailable');
      const second = await startPortal(knex, pagerDuty);
      try {
        const status = await waitForSync(second.server, true);
        expect(status).toMatchObject({
          lastSuccessAt: synced.lastSuccessAt,
          lastError: {
            message: expect.stringMatching(/^PagerDuty answered 503 /),
          },
          dataAgeSeconds: expect.any(Number),
          stale: true,
        });
        const now = await request(second.server).get('/api/oncall/oncall/now');
        expect(now.body.status.stale).toBe(true);
        expect(now.body.items.length).toBeGreaterThan(0);
      } finally {
        await second.stop();
      }
    });
  });
});
