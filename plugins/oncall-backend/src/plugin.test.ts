import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
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
import { pagerDutyConnectionExtensionPoint } from '@readiness/plugin-oncall-node';
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

async function startPortal(
  knex: Knex,
  pagerDuty: Record<string, unknown>,
  modules: BackendFeature[] = [],
) {
  return startTestBackend({
    features: [
      oncallPlugin,
      ...modules,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      // Runs only what the plugin triggers: its first sync once the backend has started.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          // The rate limiter has its own tests; here it would only slow things down.
          pagerDuty: { requestsPerMinute: 1_000_000, ...pagerDuty },
        },
      }),
    ],
  });
}

/** A module connecting the plugin to a sandbox, as the sandbox module does. */
function connectionModule(moduleId: string, sandbox: RunningPagerDutySandbox) {
  return createBackendModule({
    pluginId: 'oncall',
    moduleId,
    register(reg) {
      reg.registerInit({
        deps: { pagerDuty: pagerDutyConnectionExtensionPoint },
        async init({ pagerDuty }) {
          pagerDuty.setConnection({
            apiBaseUrl: sandbox.url,
            eventsBaseUrl: sandbox.eventsUrl,
            token: 'module-token',
            source: 'sandbox',
          });
        },
      });
    },
  });
}

describe('oncallPlugin', () => {
  it('refuses to start without a PagerDuty token or a module that supplies its PagerDuty', async () => {
    const knex = await databases.init('SQLITE_3');
    await expect(startPortal(knex, {})).rejects.toThrow(
      /pagerDuty\.token is not set: set it \(PAGERDUTY_TOKEN\) to sync from PagerDuty, or, outside production, run the local PagerDuty sandbox instead \(@readiness\/plugin-oncall-backend-module-pagerduty-sandbox/,
    );
  });

  describe('with a module that supplies its PagerDuty', () => {
    let sandbox: RunningPagerDutySandbox;

    beforeAll(async () => {
      sandbox = await startPagerDutySandbox({
        catalogDir,
        token: 'module-token',
      });
    });

    afterAll(async () => {
      await sandbox.stop();
    });

    it('syncs from it and says where the data comes from', async () => {
      const knex = await databases.init('SQLITE_3');
      const backend = await startPortal(knex, {}, [
        connectionModule('sandbox', sandbox),
      ]);
      try {
        expect(await waitForSync(backend.server)).toMatchObject({
          source: 'sandbox',
          baseUrl: sandbox.url,
          stale: false,
        });
        const now = await request(backend.server).get('/api/oncall/oncall/now');
        expect(now.body.items.map((i: any) => i.entityRef)).toContain(
          'group:default/onboarding-squad',
        );
      } finally {
        await backend.stop();
      }
    });

    it('refuses a second one', async () => {
      const knex = await databases.init('SQLITE_3');
      await expect(
        startPortal(knex, {}, [
          connectionModule('first', sandbox),
          connectionModule('second', sandbox),
        ]),
      ).rejects.toThrow(
        'Two modules supply the on-call plugin with a PagerDuty connection',
      );
    });
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
