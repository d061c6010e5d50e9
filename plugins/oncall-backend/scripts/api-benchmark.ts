/*
 * Times the on-call API at scale profile L: the profile's PagerDuty account is
 * served by the sandbox and synced into SQLite, and the profile's catalog is
 * read through the real CatalogDirectory from an in-memory catalog, with a
 * cache that serialises values as Redis does. Requests go through the real
 * router over HTTP on loopback, warm; prints p50/p95 per route, one request at
 * a time and with 20 concurrent connections, against the 150 ms budget.
 *
 * From plugins/oncall-backend:
 *   node --require @backstage/cli/config/nodeTransform.cjs scripts/api-benchmark.ts \
 *     [--requests 200] [--concurrency 20]
 */
import { CacheService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startPagerDutySandbox } from '@readiness/pagerduty-sandbox';
import {
  SCALE_PROFILE_REFERENCE_DATE,
  generateScaleProfile,
} from '@readiness/scale-profile';
import express from 'express';
import { mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CatalogDirectory } from '../src/catalog/CatalogDirectory';
import { PagerDutyClient } from '../src/pagerduty/PagerDutyClient';
import { OncallService } from '../src/service/OncallService';
import { createRouter } from '../src/service/router';
import { PagerDutySync } from '../src/sync/PagerDutySync';
import { inMemoryOncallStore, option, quietLogger } from './scriptSupport';

const BUDGET_MS = 150;
const TOKEN = 'benchmark-token';
const OUTPUT_DIR = resolvePath(__dirname, '../../../.data/oncall-benchmark');

/** A cache that keeps values as JSON text, as the Redis store does. */
function serialisingCache(): CacheService {
  const values = new Map<string, { text: string; expiresAt: number }>();
  const cache: CacheService = {
    async get(key) {
      const entry = values.get(key);
      if (!entry || entry.expiresAt < Date.now()) return undefined;
      return JSON.parse(entry.text);
    },
    async set(key, value, options) {
      const ttl =
        typeof options?.ttl === 'number' ? options.ttl : 24 * 3600_000;
      values.set(key, {
        text: JSON.stringify(value),
        expiresAt: Date.now() + ttl,
      });
    },
    async delete(key) {
      values.delete(key);
    },
    withOptions: () => cache,
  };
  return cache;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function timeRoute(
  url: string,
  requests: number,
  concurrency: number,
): Promise<{ p50: number; p95: number; bytes: number }> {
  const durations: number[] = [];
  let bytes = 0;
  let remaining = requests;
  const worker = async () => {
    while (remaining > 0) {
      remaining--;
      const started = performance.now();
      const response = await fetch(url);
      const body = await response.text();
      durations.push(performance.now() - started);
      if (!response.ok) {
        throw new Error(`${url} answered ${response.status}: ${body}`);
      }
      bytes = body.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  return {
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    bytes,
  };
}

async function main() {
  const requests = option('requests', 200);
  const concurrency = option('concurrency', 20);
  const now = new Date(SCALE_PROFILE_REFERENCE_DATE.getTime() + 9.5 * 3600_000);

  const { entities, pagerDuty } = generateScaleProfile({
    profile: 'L',
    seed: 1,
  });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const accountFile = resolvePath(OUTPUT_DIR, 'pagerduty-account.json');
  writeFileSync(accountFile, JSON.stringify(pagerDuty));
  const sandbox = await startPagerDutySandbox({
    accountFile,
    token: TOKEN,
    clock: () => now,
  });
  const client = new PagerDutyClient({
    apiBaseUrl: sandbox.url,
    eventsBaseUrl: sandbox.eventsUrl,
    token: TOKEN,
    requestsPerMinute: 1_000_000,
  });
  const { knex, store } = await inMemoryOncallStore();
  const syncStarted = performance.now();
  const outcome = await new PagerDutySync({
    client,
    store,
    logger: quietLogger,
    incidentHistoryMonths: 18,
    onCallWindowMs: 7 * 24 * 3600 * 1000,
    acknowledgementLookupsPerRun: 0,
    now: () => now,
  }).run();
  if (outcome.result !== 'success') {
    throw new Error(`The sync did not succeed: ${JSON.stringify(outcome)}`);
  }
  const syncSeconds = (performance.now() - syncStarted) / 1000;

  // The in-memory catalog maps all entities by ref on every lookup; the
  // catalog looks one up by ref in its index, so this does too.
  const catalog = catalogServiceMock({ entities });
  const entitiesByRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  catalog.getEntityByRef = async ref =>
    entitiesByRef.get(
      typeof ref === 'string'
        ? stringifyEntityRef(parseEntityRef(ref))
        : stringifyEntityRef(ref),
    );
  const oncall = new OncallService({
    store,
    directory: new CatalogDirectory({
      catalog,
      auth: mockServices.auth(),
      cache: serialisingCache(),
    }),
    client,
    logger: quietLogger,
    source: 'sandbox',
    staleAfterSeconds: 900,
    now: () => now,
  });
  const app = express();
  app.use(
    await createRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      oncall,
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const squad = entities.find(
    e => e.kind === 'Group' && e.spec?.type === 'team',
  )!;
  const routes = [
    '/oncall/now',
    '/oncall/now?limit=50',
    `/oncall/now?q=${squad.metadata.name}`,
    `/oncall/entity/group/default/${squad.metadata.name}`,
    '/incidents?limit=100',
    `/incidents?limit=100&entityRef=group:default/${squad.metadata.name}`,
    '/incidents/analytics?months=12',
    `/incidents/analytics?months=12&entityRef=group:default/${squad.metadata.name}`,
    '/mapping',
    '/users',
  ];
  const counts = outcome.counts;
  console.log(
    `Profile L: ${entities.length} catalog entities; PagerDuty ${counts.services} services, ` +
      `${counts.escalationPolicies} escalation policies, ${counts.users} users, ${counts.teams} teams, ` +
      `${counts.shifts} shifts, ${
        counts.incidentsFetched
      } incidents (sync ${syncSeconds.toFixed(0)} s, SQLite)`,
  );
  const firstStarted = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, () => fetch(`${base}/oncall/now`)),
  );
  console.log(
    `First (cold) ${concurrency} concurrent /oncall/now: ${(
      performance.now() - firstStarted
    ).toFixed(0)} ms`,
  );
  const header = `| route | sequential p50 / p95 ms | ${concurrency} concurrent p50 / p95 ms | within ${BUDGET_MS} ms | response bytes |`;
  console.log(header);
  console.log(header.replace(/[^|]/g, '-'));
  for (const route of routes) {
    const url = `${base}${route}`;
    await timeRoute(url, 5, 1);
    const sequential = await timeRoute(url, requests, 1);
    const parallel = await timeRoute(url, requests, concurrency);
    console.log(
      `| ${route} | ${sequential.p50.toFixed(1)} / ${sequential.p95.toFixed(
        1,
      )} | ${parallel.p50.toFixed(1)} / ${parallel.p95.toFixed(1)} | ${
        parallel.p95 < BUDGET_MS ? 'yes' : 'NO'
      } | ${sequential.bytes} |`,
    );
  }

  server.close();
  await knex.destroy();
  await sandbox.stop();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
