import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { metricsServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  RunningPagerDutySandbox,
  startPagerDutySandbox,
} from '@readiness/pagerduty-sandbox';
import oncallPlugin from '@readiness/plugin-oncall-backend';
import { parseRecordFile } from '@readiness/plugin-readiness-common';
import scorecardsPlugin from '@readiness/plugin-scorecards-backend';
import techdocsModulePrebuild from '@readiness/plugin-techdocs-backend-module-prebuild';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, resolve } from 'node:path';

/*
 * Two backend replicas in one process, on one PostgreSQL server and one Redis, with the real
 * scheduler: every periodic job of the readiness plugins runs once per interval across them, both
 * serve the same data, and the survivor takes the jobs over when a replica stops.
 */

const POSTGRES =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const REDIS = process.env.BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING;

const INTERVAL_SECONDS = 4;
const INTERVAL_MS = INTERVAL_SECONDS * 1000;
/** How long run counts are observed with both replicas up. */
const WINDOW_MS = 6 * INTERVAL_MS;
const SCHEDULE = {
  frequency: { seconds: INTERVAL_SECONDS },
  timeout: { seconds: 60 },
  initialDelay: { seconds: 1 },
};

/** The global tasks the readiness plugins schedule. */
const TASKS = {
  oncallSync: 'oncall-pagerduty-sync',
  scorecards: 'scorecards-evaluation',
  docsMissing: 'techdocs-prebuild-missing',
  docsAll: 'techdocs-prebuild-all',
} as const;
const TASK_IDS: string[] = Object.values(TASKS);
/** Where each task's scheduler answers (/api/<plugin>/.backstage/scheduler/v1/tasks). */
const TASK_PLUGINS = ['oncall', 'scorecards', 'techdocs'];

const catalogDir = resolve(__dirname, '../../../catalog-info');
const PAGERDUTY_TOKEN = 'replica-test-token';

jest.setTimeout(120_000);

/** The demo organisation as the catalog serves it: every record under catalog-info/. */
function loadDemoEntities() {
  const notRecords = ['mkdocs.yml', 'taxonomy.yaml', 'all.yaml'];
  return readdirSync(catalogDir, { recursive: true, encoding: 'utf8' })
    .filter(
      path =>
        /\.ya?ml$/.test(path) &&
        !path.split('/').includes('docs') &&
        !notRecords.includes(path.split('/').pop()!),
    )
    .flatMap(path => {
      const file = join(catalogDir, path);
      return parseRecordFile(file, readFileSync(file, 'utf8')).documents;
    })
    .map(({ entity }) => ({
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    }));
}

interface TaskRun {
  replica: string;
  taskId: string;
  startedAt: number;
  endedAt?: number;
}

/**
 * Records every task run from the scheduler's own run counter
 * (backend_tasks.task.runs.count, result started / completed / failed).
 */
class RunLog {
  readonly runs: TaskRun[] = [];

  metricsFor(replica: string) {
    return metricsServiceMock.mock({
      createCounter: (name: string) => ({
        add: (_value: number, labels?: Record<string, unknown>) => {
          if (name !== 'backend_tasks.task.runs.count' || !labels) return;
          const taskId = String(labels.taskId);
          if (labels.result === 'started') {
            this.runs.push({ replica, taskId, startedAt: Date.now() });
            return;
          }
          const run = this.runs.find(
            r => r.replica === replica && r.taskId === taskId && !r.endedAt,
          );
          if (run) run.endedAt = Date.now();
        },
      }),
    }).factory;
  }

  of(taskId: string, filter: Partial<TaskRun> = {}): TaskRun[] {
    return this.runs.filter(
      run =>
        run.taskId === taskId &&
        (!filter.replica || run.replica === filter.replica),
    );
  }

  inProgress(): TaskRun[] {
    return this.runs.filter(run => !run.endedAt);
  }
}

/** A TechDocs stand-in that never has a site, so every prebuild run asks it to build them all. */
function techdocsStandIn(replica: string, syncRequests: string[]) {
  return createBackendPlugin({
    pluginId: 'techdocs',
    register(env) {
      env.registerInit({
        deps: { httpRouter: coreServices.httpRouter },
        async init({ httpRouter }) {
          const router = express.Router();
          router.get('/metadata/techdocs/*', (_req, res) => {
            res.status(404).json({ error: { name: 'NotFoundError' } });
          });
          router.get('/sync/*', (req, res) => {
            syncRequests.push(`${replica} ${req.path}`);
            res.type('text/event-stream').send('event: finish\ndata: {}\n\n');
          });
          httpRouter.use(router);
        },
      });
    },
  });
}

/** Polls until `check` answers true, or fails naming what it waited for. */
async function waitUntil(
  what: string,
  check: () => Promise<boolean | undefined> | boolean | undefined,
  timeoutMs = 6 * INTERVAL_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(r => setTimeout(r, 50));
  }
}

async function getJson(baseUrl: string, path: string): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`);
  if (!response.ok) {
    throw new Error(
      `GET ${baseUrl}${path} answered ${
        response.status
      }: ${await response.text()}`,
    );
  }
  return response.json();
}

/** The same answer from both replicas, read while nothing changed it in between. */
async function expectSameAnswer(
  urls: [string, string],
  path: string,
  view: (body: any) => unknown,
) {
  await waitUntil(`a stable answer from ${path} on both replicas`, async () => {
    const before = view(await getJson(urls[0], path));
    const other = view(await getJson(urls[1], path));
    const after = view(await getJson(urls[0], path));
    if (!isDeepStrictEqual(before, after)) return false;
    expect(other).toEqual(before);
    return true;
  });
}

const describeWithServers = POSTGRES && REDIS ? describe : describe.skip;
if (!POSTGRES || !REDIS) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the replica test: it needs PostgreSQL in BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (${
      POSTGRES ? 'set' : 'unset'
    }) and Redis in BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING (${
      REDIS ? 'set' : 'unset'
    }); ./portal test sets both when the servers answer on their default ports.`,
  );
}

describeWithServers('two backend replicas on one PostgreSQL and Redis', () => {
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  /** Every plugin database of this run is <prefix><pluginId>, dropped afterwards. */
  const databasePrefix = `replicas_${runId}_`;
  const entities = loadDemoEntities();
  const docsSites = entities.filter(
    e => e.metadata.annotations?.['backstage.io/techdocs-ref'],
  ).length;
  const runs = new RunLog();
  const docsSyncRequests: string[] = [];
  let sandbox: RunningPagerDutySandbox;
  let admin: Knex;
  const replicas = new Set<TestBackend>();

  async function startReplica(replica: string) {
    const backend = await startTestBackend({
      features: [
        oncallPlugin,
        scorecardsPlugin,
        techdocsStandIn(replica, docsSyncRequests),
        techdocsModulePrebuild,
        catalogServiceMock.factory({ entities }),
        databaseServiceFactory,
        cacheServiceFactory,
        schedulerServiceFactory,
        runs.metricsFor(replica),
        mockServices.rootConfig.factory({
          data: {
            backend: {
              database: {
                client: 'pg',
                connection: POSTGRES,
                prefix: databasePrefix,
              },
              cache: {
                store: 'redis',
                connection: REDIS,
                redis: { client: { namespace: `replicas-${runId}` } },
              },
            },
            pagerDuty: {
              token: PAGERDUTY_TOKEN,
              apiBaseUrl: sandbox.url,
              eventsBaseUrl: sandbox.eventsUrl,
              requestsPerMinute: 100_000,
            },
            oncall: {
              sync: { ...SCHEDULE, acknowledgementLookupsPerRun: 10 },
            },
            scorecards: { schedule: SCHEDULE },
            techdocs: {
              prebuild: {
                missing: { schedule: SCHEDULE },
                all: { schedule: SCHEDULE },
              },
            },
          },
        }),
      ],
    });
    replicas.add(backend);
    return backend;
  }

  async function stopReplica(backend: TestBackend) {
    replicas.delete(backend);
    await backend.stop();
  }

  beforeAll(async () => {
    admin = knexFactory({ client: 'pg', connection: POSTGRES });
    sandbox = await startPagerDutySandbox({
      catalogDir,
      token: PAGERDUTY_TOKEN,
      requestsPerMinute: 100_000,
    });
  });

  afterAll(async () => {
    // Replicas first: their databases are dropped below.
    await Promise.all([...replicas].map(stopReplica));
    await sandbox?.stop();
    const { rows } = await admin.raw(
      'SELECT datname FROM pg_database WHERE starts_with(datname, ?)',
      [databasePrefix],
    );
    for (const { datname } of rows) {
      await admin.raw('DROP DATABASE ?? WITH (FORCE)', [datname]);
    }
    await admin.destroy();
  });

  it('runs each periodic job once per interval across the replicas, serves the same data from both, and fails over', async () => {
    const first = await startReplica('first');
    const second = await startReplica('second');
    const secondStartedAt = Date.now();
    const urls: [string, string] = [first, second].map(
      backend => `http://localhost:${backend.server.port()}`,
    ) as [string, string];

    // Start-up triggers an extra sync on each replica; count from the first runs after both are up.
    await waitUntil('every task to run once with both replicas up', () =>
      TASK_IDS.every(id =>
        runs.of(id).some(r => r.startedAt >= secondStartedAt && r.endedAt),
      ),
    );
    const windowStart = Date.now();
    await new Promise(r => setTimeout(r, WINDOW_MS));
    const windowEnd = Date.now();

    expect(
      TASK_IDS.flatMap(taskId =>
        scheduleProblems(taskId, windowStart, windowEnd),
      ),
    ).toEqual([]);

    // The runs did the work, once each: one PagerDuty sync (it starts with the first page of
    // services), one scorecard evaluation row, one build request per docs site.
    await waitUntil('a moment with no job running', () => {
      if (runs.inProgress().length > 0) return false;
      const syncs = sandbox.requestLog.filter(
        r => r.path === '/services' && String(r.query.offset ?? '0') === '0',
      ).length;
      expect(syncs).toBe(runs.of(TASKS.oncallSync).length);
      const prebuildRuns =
        runs.of(TASKS.docsMissing).length + runs.of(TASKS.docsAll).length;
      expect(docsSyncRequests.length).toBe(prebuildRuns * docsSites);
      return true;
    });
    const scorecardsRunsBefore = runs
      .of(TASKS.scorecards)
      .filter(r => r.endedAt).length;
    const scorecardRows = await countScheduledEvaluations();
    const scorecardsRunsAfter = runs.of(TASKS.scorecards).length;
    expect(scorecardRows).toBeGreaterThanOrEqual(scorecardsRunsBefore);
    expect(scorecardRows).toBeLessThanOrEqual(scorecardsRunsAfter);

    // Whichever replica ran a job, both serve its results.
    await expectSameAnswer(urls, '/api/oncall/oncall/now', body => body.items);
    await expectSameAnswer(
      urls,
      '/api/oncall/status',
      body => body.lastSuccessAt,
    );
    await expectSameAnswer(urls, '/api/scorecards/scorecards', body => body);

    // The first replica stops between runs (a replica killed mid-run holds its job until the
    // timeout); the second one then runs every job on its own.
    await waitUntil(
      'a pause between runs to stop the first replica in',
      async () => {
        if (runs.inProgress().length > 0) return false;
        const soonest = Math.min(
          ...(
            await Promise.all(
              TASK_PLUGINS.map(plugin =>
                getJson(
                  urls[1],
                  `/api/${plugin}/.backstage/scheduler/v1/tasks`,
                ),
              ),
            )
          ).flatMap(({ tasks }) =>
            tasks.map((task: any) =>
              task.taskState?.status === 'idle'
                ? Date.parse(task.taskState.startsAt)
                : 0,
            ),
          ),
        );
        // The scheduler times runs by the database's clock, which coordinates the replicas.
        const {
          rows: [{ now }],
        } = await admin.raw('SELECT now() AS now');
        return (
          soonest - new Date(now).getTime() > 1000 &&
          runs.inProgress().length === 0
        );
      },
    );
    const firstStoppedAt = Date.now();
    await stopReplica(first);
    await waitUntil(
      'the second replica to run every job after the first stopped',
      () =>
        TASK_IDS.every(id =>
          runs
            .of(id, { replica: 'second' })
            .some(r => r.startedAt > firstStoppedAt && r.endedAt),
        ),
    );
    expect(
      runs.runs.filter(
        r => r.replica === 'first' && r.startedAt > firstStoppedAt,
      ),
    ).toEqual([]);
  });

  /**
   * What breaks "once per interval across replicas" for one job: two runs at once, or more runs
   * in the window than intervals (with one of slack at each end), or no runs at all.
   */
  function scheduleProblems(
    taskId: string,
    from: number,
    to: number,
  ): string[] {
    const taskRuns = runs.of(taskId).sort((a, b) => a.startedAt - b.startedAt);
    const problems: string[] = [];
    for (let i = 1; i < taskRuns.length; i++) {
      const [previous, next] = [taskRuns[i - 1], taskRuns[i]];
      if (!previous.endedAt || next.startedAt < previous.endedAt) {
        problems.push(
          `${taskId}: a run on ${next.replica} started while one on ${previous.replica} was running`,
        );
      }
    }
    const inWindow = taskRuns.filter(
      r => r.startedAt >= from && r.startedAt <= to,
    ).length;
    const most = Math.floor((to - from) / INTERVAL_MS) + 2;
    if (inWindow < 2 || inWindow > most) {
      problems.push(
        `${taskId}: ${inWindow} runs in ${to - from} ms, expected 2 to ${most}`,
      );
    }
    return problems;
  }

  async function countScheduledEvaluations(): Promise<number> {
    const db = knexFactory({
      client: 'pg',
      connection: `${POSTGRES!.replace(/\/$/, '')}/${databasePrefix}scorecards`,
    });
    try {
      const [{ count }] = await db('scorecard_runs')
        .where({ trigger: 'schedule' })
        .count({ count: '*' });
      return Number(count);
    } finally {
      await db.destroy();
    }
  }
});
