import {
  TestDatabaseId,
  TestDatabases,
  mockServices,
} from '@backstage/backend-test-utils';
import {
  RunningPagerDutySandbox,
  startPagerDutySandbox,
} from '@readiness/pagerduty-sandbox';
import { resolve as resolvePath } from 'node:path';
import { createSandboxClient } from '../__testUtils__/sandboxClient';
import { createTestStore } from '../__testUtils__/testStore';
import { PagerDutySync } from './PagerDutySync';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const catalogDir = resolvePath(__dirname, '../../../../catalog-info');
const TOKEN = 'sync-test-token';
// signup-service's PagerDuty service in catalog-info/components/services.yaml.
const SIGNUP_SERVICE_ID = 'PL85PM1';

describe.each(databases.eachSupportedId())(
  'PagerDutySync on %p',
  databaseId => {
    let sandbox: RunningPagerDutySandbox;
    let now: Date;
    let problems: string[];
    let sleeps: number[];
    let signupRoutingKey: string;

    beforeEach(async () => {
      now = new Date('2026-03-16T09:30:00.000Z');
      problems = [];
      sleeps = [];
      sandbox = await startPagerDutySandbox({
        catalogDir,
        token: TOKEN,
        clock: () => now,
      });
      signupRoutingKey =
        sandbox.account.services.get(SIGNUP_SERVICE_ID)!.integrations[0].key;
    });

    afterEach(async () => {
      await sandbox.stop();
    });

    async function setUp(databaseIdToUse: TestDatabaseId = databaseId) {
      const knex = await databases.init(databaseIdToUse);
      const store = await createTestStore(knex);
      const client = createSandboxClient(sandbox, problems, {
        token: TOKEN,
        sleep: async ms => {
          sleeps.push(ms);
        },
        maxAttempts: 3,
        timeoutMs: 2_000,
        // The rate limiter has its own tests; here it would only slow things down.
        requestsPerMinute: 1_000_000,
      });
      const sync = new PagerDutySync({
        client,
        store,
        logger: mockServices.logger.mock(),
        incidentHistoryMonths: 18,
        onCallWindowMs: 7 * 24 * 3600 * 1000,
        acknowledgementLookupsPerRun: 10_000,
        now: () => now,
      });
      return { knex, store, client, sync };
    }

    it('syncs everything first, then only what changed, with requests PagerDuty documents', async () => {
      const { store, client, sync } = await setUp();

      const first = await sync.run();
      expect(first).toMatchObject({
        result: 'success',
        counts: { full: true },
      });
      const fullRequests = client.requestCount;
      const services = await store.listServices();
      expect(services.length).toBeGreaterThanOrEqual(24);
      // The routing keys the backend raises incidents with come from here.
      expect(
        services.find(s => s.id === SIGNUP_SERVICE_ID)?.integrations,
      ).toEqual([
        expect.objectContaining({
          type: 'events_api_v2_inbound_integration',
          integrationKey: signupRoutingKey,
        }),
      ]);
      expect((await store.listEscalationPolicies()).length).toBeGreaterThan(0);
      expect((await store.listShifts()).length).toBeGreaterThan(0);
      const history = await store.listIncidents({ limit: 1, offset: 0 });
      expect(history.total).toBeGreaterThan(0);
      expect(await store.listIncidentsAwaitingLogEntries()).toEqual([]);
      const times = await store.listIncidentTimes({ since: '2020-01-01' });
      expect(times.some(t => t.acknowledgedAt)).toBe(true);

      // Something happens in PagerDuty, then the next scheduled run.
      now = new Date(now.getTime() + 5 * 60_000);
      const dedupKey = await client.sendTriggerEvent({
        routing_key: signupRoutingKey,
        event_action: 'trigger',
        dedup_key: 'sync-test/1',
        payload: {
          summary: 'Sign-up form returns 500',
          source: 'sync-test',
          severity: 'critical',
        },
      });
      const logReads = () =>
        sandbox.requestLog.filter(r => r.path.endsWith('/log_entries')).length;
      const logReadsAfterFirst = logReads();
      const requestsBefore = client.requestCount;
      const second = await sync.run();
      // Every resolved incident's log was read once, on the first run: none again.
      expect(logReads()).toBe(logReadsAfterFirst);
      const incrementalRequests = client.requestCount - requestsBefore;
      expect(second).toMatchObject({
        result: 'success',
        counts: { full: false },
      });
      expect(incrementalRequests).toBeLessThan(fullRequests - 1);

      const { items } = await store.listIncidents({
        status: 'triggered',
        limit: 500,
        offset: 0,
      });
      const raised = items.find(i => i.incidentKey === dedupKey);
      expect(raised).toMatchObject({
        title: 'Sign-up form returns 500',
        createdAt: now.toISOString(),
      });

      // Acknowledged and resolved between two runs: the incident is older than
      // the window now, so the sync must notice it closed and find the ack.
      now = new Date(now.getTime() + 20 * 60_000);
      for (const eventAction of ['acknowledge', 'resolve']) {
        const response = await fetch(`${sandbox.url}/v2/enqueue`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            routing_key: signupRoutingKey,
            event_action: eventAction,
            dedup_key: dedupKey,
          }),
        });
        expect(response.status).toBe(202);
        now = new Date(now.getTime() + 60_000);
      }
      now = new Date(now.getTime() + 20 * 60_000);
      await sync.run();
      // Only the incident resolved since has its log read.
      expect(logReads()).toBe(logReadsAfterFirst + 1);
      const after = await store.listIncidents({
        status: 'resolved',
        limit: 500,
        offset: 0,
      });
      const closed = after.items.find(i => i.id === raised!.id);
      expect(closed).toMatchObject({ status: 'resolved' });
      expect(closed!.acknowledgedAt).toBeDefined();
      expect(closed!.resolvedAt).toBeDefined();
      const steps = await store.listIncidentLogEntries(raised!.id);
      expect(steps?.map(step => step.type)).toEqual(
        expect.arrayContaining(['triggered', 'acknowledged', 'resolved']),
      );
      expect(steps?.[0]).toMatchObject({
        type: 'triggered',
        at: raised!.createdAt,
        agent: { type: 'service' },
      });
      expect(closed!.acknowledgedAt).toBe(
        steps?.find(step => step.type === 'acknowledged')?.at,
      );

      expect(problems).toEqual([]);
      expect(sandbox.requestLog.every(r => r.status < 400)).toBe(true);
    });

    it('keeps the last snapshot during an outage and says why', async () => {
      const { store, sync } = await setUp();
      await sync.run();
      const before = await store.getSyncState();
      const serviceCount = (await store.listServices()).length;

      await sandbox.controls.setOutage(true);
      now = new Date(now.getTime() + 5 * 60_000);
      const outcome = await sync.run();
      expect(outcome).toMatchObject({ result: 'failure' });

      const state = await store.getSyncState();
      expect(state.lastSuccessAt).toBe(before.lastSuccessAt);
      expect(state.lastAttemptAt).toBe(now.toISOString());
      expect(state.lastError?.message).toMatch(
        /^Could not reach PagerDuty at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED \(GET \/services, tried 3 times\)$/,
      );
      expect(await store.listServices()).toHaveLength(serviceCount);

      await sandbox.controls.setOutage(false);
      now = new Date(now.getTime() + 5 * 60_000);
      expect(await sync.run()).toMatchObject({ result: 'success' });
      expect((await store.getSyncState()).lastError).toBeUndefined();
    });

    it('reports a slow PagerDuty in plain words', async () => {
      const { store, sync } = await setUp();
      sandbox.controls.setLatency(2_500);
      await sync.run();
      expect((await store.getSyncState()).lastError?.message).toBe(
        'PagerDuty did not answer within 2 s (GET /services, tried 3 times)',
      );
    });

    it('honours Retry-After on a 429 and carries on', async () => {
      const { store, sync } = await setUp();
      sandbox.controls.failNext(429, 1);
      expect(await sync.run()).toMatchObject({ result: 'success' });
      expect(sleeps).toEqual([1000]);
      expect(sandbox.requestLog[0]).toMatchObject({ status: 429 });
      expect((await store.getSyncState()).lastError).toBeUndefined();
    });

    it('waits out a long rate limit across runs instead of hammering PagerDuty', async () => {
      const { store, sync } = await setUp();
      sandbox.controls.setBudget(3);
      const outcome = await sync.run();
      expect(outcome).toMatchObject({ result: 'failure' });
      const state = await store.getSyncState();
      expect(state.lastError?.message).toMatch(
        /^PagerDuty is rate-limiting us; retrying after \d+ s/,
      );
      expect(state.retryNotBefore).toBeDefined();
      const requests = sandbox.requestLog.length;
      expect(await sync.run()).toMatchObject({ result: 'skipped' });
      expect(sandbox.requestLog).toHaveLength(requests);
    });

    it('says plainly when PagerDuty rejects the token', async () => {
      const { store, sync } = await setUp();
      await sync.run();
      sandbox.controls.rejectToken(true);
      now = new Date(now.getTime() + 5 * 60_000);
      expect(await sync.run()).toEqual({
        result: 'failure',
        message: 'PagerDuty rejected the token (401)',
      });
      expect((await store.getSyncState()).lastError?.message).toBe(
        'PagerDuty rejected the token (401)',
      );
      expect((await store.listServices()).length).toBeGreaterThan(0);
    });

    it('keeps the data for a new instance on the same database', async () => {
      const { knex, sync } = await setUp();
      await sync.run();
      await sandbox.controls.setOutage(true);
      const restarted = await createTestStore(knex);
      expect((await restarted.listServices()).length).toBeGreaterThan(0);
      expect((await restarted.getSyncState()).lastSuccessAt).toBeDefined();
      await sandbox.controls.setOutage(false);
    });
  },
);
