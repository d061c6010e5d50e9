/*
 * Scorecard evaluation and the scorecards API at scale profile L (docs: ARCHITECTURE.md budgets):
 * the organisation of `generateScaleProfile` (400 squads, 63,926 catalog entities) in a catalog
 * mock, against a real database.
 *
 *   yarn --cwd plugins/scorecards-backend benchmark [sqlite|postgres ...]
 *
 * Both databases by default; PostgreSQL at 127.0.0.1:5432 (user postgres), or
 * SCORECARDS_BENCHMARK_POSTGRES as a connection string, in a throwaway database.
 *
 * It times what POST /evaluate does end to end, three times: reading the catalog through the
 * plugin's own reader (every page serialised as JSON, as the catalog's HTTP API sends it),
 * indexing, running the 19 checks for every squad and persisting every result. Then
 * GET /scorecards (a heat-map page of 40 squads) through the plugin's router, 20 connections in a
 * closed loop.
 */
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  generateScaleProfile,
  SCALE_PROFILE_REFERENCE_DATE,
} from '@readiness/scale-profile';
import express from 'express';
import knexFactory, { Knex } from 'knex';
import { ScorecardStore } from '../src/database/ScorecardStore';
import { readCatalogRecords } from '../src/evaluation/catalogRecords';
import { ContinuityFacts, PagerDutyFacts } from '../src/evaluation/evaluators';
import { ScorecardEvaluation } from '../src/evaluation/ScorecardEvaluation';
import { ScorecardCatalog } from '../src/service/ScorecardCatalog';
import { createRouter } from '../src/service/router';
import { ScorecardsService } from '../src/service/ScorecardsService';

const EVALUATION_BUDGET_MS = 10_000;
const API_BUDGET_P95_MS = 150;
const CONNECTIONS = 20;
const API_SECONDS = 10;
const EVALUATIONS = 3;

const silentLogger: LoggerService = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child: () => silentLogger,
};

/**
 * The in-memory catalog, answering as the catalog's HTTP API does: each answer is serialised
 * to JSON and parsed back, so that reading more entities or fields costs what it costs.
 */
function wireCatalog(entities: Entity[]) {
  const catalog = catalogServiceMock({ entities });
  // The in-memory catalog filters every entity again for each page, which the real catalog does
  // in SQL: its time is counted apart so that it can be told from the plugin's.
  const traffic = { requests: 0, bytes: 0, inMemoryMs: 0 };
  // The in-memory catalog filters before it returns its promise: timing that call alone keeps
  // the plugin's concurrent reads from being counted twice.
  const timed = <T>(answer: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return answer();
    } finally {
      traffic.inMemoryMs += performance.now() - started;
    }
  };
  const overTheWire = <T>(answer: T): T => {
    const body = JSON.stringify(answer);
    traffic.requests += 1;
    traffic.bytes += Buffer.byteLength(body);
    return JSON.parse(body);
  };
  const service: CatalogService = {
    ...catalog,
    getEntities: async (request, options) =>
      overTheWire(await timed(() => catalog.getEntities(request, options))),
    queryEntities: async (request, options) =>
      overTheWire(await timed(() => catalog.queryEntities(request, options))),
    async *streamEntities(request, options) {
      let cursor: string | undefined;
      const limit = request?.pageSize ?? 500;
      do {
        const page = await service.queryEntities(
          cursor ? { ...request, cursor, limit } : { ...request, limit },
          options,
        );
        yield page.items;
        cursor = page.pageInfo.nextCursor;
      } while (cursor);
    },
  };
  return { service, traffic };
}

/** Who is on call for each squad's escalation policy, and the PagerDuty users, as the on-call API answers. */
function pagerDutyFacts(squads: Entity[], users: Entity[]): PagerDutyFacts {
  const members = new Map<string, string[]>();
  for (const user of users) {
    for (const group of (user.spec?.memberOf as string[] | undefined) ?? []) {
      const key = entityRefKey(group, 'group')!;
      members.set(key, [...(members.get(key) ?? []), entityRefKey(user)!]);
    }
  }
  return {
    policies: {
      available: true,
      value: squads.map((squad, i) => {
        const ref = entityRefKey(squad)!;
        return {
          entityRef: ref,
          id: `P${i}`,
          name: squad.metadata.title ?? squad.metadata.name,
          levels: (members.get(ref) ?? [])
            .slice(0, 1 + (i % 3))
            .map((userRef, level) => ({
              level: level + 1,
              now: [
                { name: userRef, userRef, scheduleName: `${ref} ${level}` },
              ],
            })),
        };
      }),
    },
    users: {
      available: true,
      value: users
        .filter((_, i) => i % 37 !== 0)
        .map(user => ({
          name: user.metadata.name,
          userRef: entityRefKey(user),
        })),
    },
  };
}

/** The critical functions' plans as the continuity API lists them, a third of them not yet proven. */
function continuityFacts(plans: Entity[]): ContinuityFacts {
  return {
    criticalPlans: {
      available: true,
      value: plans
        .filter(plan => plan.spec?.criticality === 'critical')
        .map((plan, i) => ({
          ref: entityRefKey(plan)!,
          title: plan.metadata.title ?? plan.metadata.name,
          owner: plan.spec!.owner as string,
          recovery: i % 3 === 0 ? 'unproven' : 'proven',
        })),
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function closedLoop(url: string) {
  const latencies: number[] = [];
  let failures = 0;
  let bytes = 0;
  // Two warm-up requests per connection, then the timed loop.
  await Promise.all(
    Array.from({ length: CONNECTIONS * 2 }, async () =>
      (await fetch(url)).arrayBuffer(),
    ),
  );
  const until = Date.now() + API_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const response = await fetch(url);
        const body = await response.arrayBuffer();
        latencies.push(performance.now() - started);
        bytes = body.byteLength;
        if (!response.ok) failures += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    bytes,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    perSecond: latencies.length / API_SECONDS,
  };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const s = (value: number) => `${(value / 1000).toFixed(2)} s`;

async function benchmark(
  database: string,
  knex: Knex,
  entities: Entity[],
  facts: PagerDutyFacts,
  continuity: ContinuityFacts,
  squadRefs: string[],
): Promise<boolean> {
  const store = await ScorecardStore.create({ getClient: async () => knex });
  // Half the squads have attested three checks.
  for (const [i, squadRef] of squadRefs.entries()) {
    if (i % 2 !== 0) continue;
    for (const checkId of [
      'continuous-integration',
      'code-review-mandatory',
      'deployments-automated',
    ]) {
      await store.saveAttestation(
        {
          squadRef,
          checkId,
          evidenceUrl: 'https://ci.example/pipeline',
          comment: 'Synthetic',
          attestedBy: 'user:default/benchmark',
          attestedAt: SCALE_PROFILE_REFERENCE_DATE.toISOString(),
          expiresAt: new Date(
            SCALE_PROFILE_REFERENCE_DATE.getTime() + 90 * 86_400_000,
          ).toISOString(),
        },
        '2026.2',
      );
    }
  }

  const { service: catalog, traffic } = wireCatalog(entities);
  const auth = mockServices.auth();
  const phases = { readMs: 0, saveMs: 0 };
  const saveEvaluation = store.saveEvaluation.bind(store);
  const timedStore = Object.assign(Object.create(store), {
    async saveEvaluation(run: Parameters<ScorecardStore['saveEvaluation']>[0]) {
      const started = performance.now();
      const runId = await saveEvaluation(run);
      phases.saveMs = performance.now() - started;
      return runId;
    },
  }) as ScorecardStore;
  const evaluation = new ScorecardEvaluation({
    store: timedStore,
    readCatalog: async () => {
      const started = performance.now();
      const records = await readCatalogRecords({ catalog, auth });
      phases.readMs = performance.now() - started;
      return records;
    },
    readPagerDuty: async () => facts,
    readContinuity: async () => continuity,
    clock: () => new Date(),
    // The run's own line, with the time of each of its phases.
    logger: { ...silentLogger, info: message => console.log(`  ${message}`) },
  });

  console.log(`\n${database}`);
  const runs: number[] = [];
  for (let run = 1; run <= EVALUATIONS; run++) {
    traffic.bytes = 0;
    traffic.requests = 0;
    traffic.inMemoryMs = 0;
    const started = performance.now();
    const summary = await evaluation.run({ trigger: 'on-demand' });
    const total = performance.now() - started;
    runs.push(total);
    console.log(
      `  evaluation ${run}: ${s(total)} for ${
        summary.squads
      } squads — reading the catalog ${s(phases.readMs)} (${
        traffic.requests
      } requests, ${(traffic.bytes / 1e6).toFixed(
        1,
      )} MB, of which the in-memory catalog's filtering ${s(
        traffic.inMemoryMs,
      )}), persisting ${s(phases.saveMs)}, the rest (indexing, checks) ${s(
        total - phases.readMs - phases.saveMs,
      )}`,
    );
  }
  const [stored] = await knex('scorecard_check_results')
    .where(
      'run_id',
      await knex('scorecard_runs')
        .max('id as id')
        .first()
        .then(r => r!.id),
    )
    .count({ count: '*' });
  console.log(`  check results persisted by the last run: ${stored.count}`);

  // The real catalog answers the API's two filtered reads (the model, the squads) from its
  // search index; the in-memory one would scan all entities for each, so it holds only these.
  const apiCatalog = wireCatalog(
    entities.filter(e => ['CapabilityModel', 'Group'].includes(e.kind)),
  );
  const app = express();
  app.use(
    await createRouter({
      httpAuth: mockServices.httpAuth(),
      userInfo: mockServices.userInfo(),
      service: new ScorecardsService({
        permissions: mockServices.permissions({
          result: AuthorizeResult.ALLOW,
        }),
        store,
        evaluation,
        // The real catalog answers the API's two filtered reads (the model, the squads) from its
        // search index; the in-memory one would scan all 63,922 entities for each.
        catalog: new ScorecardCatalog({
          catalog: apiCatalog.service,
          auth,
          logger: silentLogger,
        }),
        // The measured requests read; they change nothing, so nobody is notified.
        notifications: { send: async () => {} },
        logger: silentLogger,
        clock: () => new Date(),
      }),
      clock: () => new Date(),
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  // Longer than a request can take, so that kept-alive connections are not reset under load.
  server.keepAliveTimeout = 60_000;
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    apiCatalog.traffic.inMemoryMs = 0;
    const api = await closedLoop(
      `http://127.0.0.1:${port}/scorecards?limit=40`,
    );
    // Warm-up requests included.
    const inMemoryPerRequest =
      apiCatalog.traffic.inMemoryMs / (api.requests + CONNECTIONS * 2);
    console.log(
      `  GET /scorecards, ${CONNECTIONS} connections for ${API_SECONDS} s: p50 ${ms(
        api.p50,
      )}, p95 ${ms(api.p95)}, ${api.perSecond.toFixed(1)} requests/s, ${
        api.failures
      } failures, ${api.bytes.toLocaleString(
        'en-US',
      )} bytes; the in-memory catalog's filtering ${inMemoryPerRequest.toFixed(
        1,
      )} ms of each request's CPU`,
    );
    const worst = Math.max(...runs);
    const ok =
      worst < EVALUATION_BUDGET_MS &&
      api.p95 < API_BUDGET_P95_MS &&
      api.failures === 0;
    console.log(
      `  slowest evaluation ${s(worst)} (budget ${s(
        EVALUATION_BUDGET_MS,
      )}), GET /scorecards p95 ${ms(api.p95)} (budget ${ms(
        API_BUDGET_P95_MS,
      )}): ${ok ? 'within budget' : 'OVER BUDGET'}`,
    );
    return ok;
  } finally {
    server.close();
  }
}

async function withDatabase(
  database: string,
  use: (knex: Knex) => Promise<boolean>,
): Promise<boolean> {
  if (database === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'scorecards-benchmark-'));
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(directory, 'scorecards.sqlite') },
      useNullAsDefault: true,
    });
    try {
      return await use(knex);
    } finally {
      await knex.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  }
  if (database === 'postgres') {
    const connection =
      process.env.SCORECARDS_BENCHMARK_POSTGRES ??
      'postgresql://postgres@127.0.0.1:5432';
    const name = `scorecards_benchmark_${process.pid}`;
    const admin = knexFactory({ client: 'pg', connection });
    await admin.raw('CREATE DATABASE ??', [name]);
    const url = new URL(connection);
    url.pathname = `/${name}`;
    const knex = knexFactory({ client: 'pg', connection: url.toString() });
    try {
      return await use(knex);
    } finally {
      await knex.destroy();
      await admin.raw('DROP DATABASE ??', [name]);
      await admin.destroy();
    }
  }
  throw new Error(
    `Unknown database ${JSON.stringify(database)}: use sqlite or postgres`,
  );
}

async function main() {
  const databases = process.argv.slice(2);
  const { entities } = generateScaleProfile({ profile: 'L', seed: 1 });
  const squads = entities.filter(
    e => e.kind === 'Group' && e.spec?.type === 'team',
  );
  const facts = pagerDutyFacts(
    squads,
    entities.filter(e => e.kind === 'User'),
  );
  console.log(
    `Scorecards benchmark, profile L: ${
      squads.length
    } squads, ${entities.length.toLocaleString('en-US')} catalog entities`,
  );
  const continuity = continuityFacts(
    entities.filter(e => e.kind === 'ContinuityPlan'),
  );
  let ok = true;
  for (const database of databases.length
    ? databases
    : ['sqlite', 'postgres']) {
    ok =
      (await withDatabase(database, knex =>
        benchmark(
          database,
          knex,
          entities,
          facts,
          continuity,
          squads.map(e => entityRefKey(e)!),
        ),
      )) && ok;
  }
  if (!ok) process.exitCode = 1;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
