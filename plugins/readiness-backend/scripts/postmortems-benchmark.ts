/*
 * Times the post-mortem library, analytics and action-item APIs over a scale-profile-L snapshot
 * (10,000 post-mortems, 1,000 exercises, 400 squads, 4,000 services) held in memory, through the
 * real routers over HTTP on loopback. Prints p50 and p95 per request, warm, against the 150 ms
 * budget of docs/ARCHITECTURE (profile L).
 *
 * Run from the repository root:
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/readiness-backend/scripts/postmortems-benchmark.ts [iterations]
 */
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ACTION_CATEGORIES,
  ACTION_STATUSES,
  ACTION_TERMS,
  CUSTOMER_IMPACT_BUCKETS,
  analyzePostmortems,
  ExerciseEntity,
  listOpenActions,
  PostmortemEntity,
  RemediationAction,
  SEVERITIES,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import { DateTime } from 'luxon';
import { RecordsIndex, RecordsSnapshot } from '../src/records/RecordsIndex';
import { createRouter } from '../src/service/router';
import {
  postmortemAnalytics,
  postmortemFields,
  postmortemViews,
} from '../src/service/postmortems/postmortemViews';
import { filterRows, ListQuery } from '../src/service/listQuery';

const POSTMORTEMS = 10_000;
const EXERCISES = 1_000;
const SQUADS = 400;
const SERVICES = 4_000;
const DOMAINS = 20;
const SYSTEMS = 200;
const BUDGET_MS = 150;
const NOW = new Date('2026-11-21T12:00:00Z');
const TAGS = [
  'change/config-error',
  'change/bad-deploy',
  'capacity/queue-saturation',
  'capacity/traffic-spike',
  'dependency/third-party-outage',
  'dependency/internal-service',
  'infrastructure/certificate-expiry',
  'process/manual-step',
  'software-defect/logic-error',
  'data/reference-data-stale',
];

// A fixed-seed generator, so every run measures the same snapshot.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(values: readonly T[]): T =>
  values[Math.floor(random() * values.length)];
const between = (low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

function entity(kind: string, name: string, spec: object, extra = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', title: name, ...extra },
    spec,
  };
}

function actions(owner: string, count: number): RemediationAction[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `Remediation ${i + 1}`,
    category: pick(ACTION_CATEGORIES),
    term: pick(ACTION_TERMS),
    owner,
    due: DateTime.fromJSDate(NOW)
      .plus({ days: between(-200, 120) })
      .toISODate()!,
    status: pick(ACTION_STATUSES),
  }));
}

function buildSnapshot(): RecordsSnapshot {
  const domains = Array.from({ length: DOMAINS }, (_, i) =>
    entity('Domain', `domain-${i}`, { owner: 'group:squad-0' }),
  );
  const systems = Array.from({ length: SYSTEMS }, (_, i) =>
    entity('System', `system-${i}`, {
      owner: `group:squad-${i % SQUADS}`,
      domain: `domain-${i % DOMAINS}`,
    }),
  );
  const squads = Array.from({ length: SQUADS }, (_, i) =>
    entity('Group', `squad-${i}`, { type: 'team', children: [] }),
  );
  const services = Array.from({ length: SERVICES }, (_, i) =>
    entity('Component', `service-${i}`, {
      type: 'service',
      owner: `group:squad-${i % SQUADS}`,
      system: `system-${i % SYSTEMS}`,
    }),
  );
  const start = DateTime.fromISO('2023-01-01T00:00:00Z', { zone: 'utc' });
  const postmortems: PostmortemEntity[] = Array.from(
    { length: POSTMORTEMS },
    (_, i) => {
      const owner = `group:squad-${i % SQUADS}`;
      const startedAt = start.plus({ minutes: between(0, 2_000_000) });
      const detectedAt = startedAt.plus({ minutes: between(1, 60) });
      const resolvedAt = detectedAt.plus({ minutes: between(10, 600) });
      const incident = random() > 0.05;
      const published = random() > 0.1;
      return {
        apiVersion: 'readiness.dev/v1alpha1',
        kind: 'Postmortem',
        metadata: {
          name: `pm-${i}`,
          namespace: 'default',
          title: `Incident ${i}: payment files late after a queue stalled`,
        },
        spec: {
          reviewType: incident ? 'incident' : 'success',
          status: published ? 'published' : pick(['draft', 'in-review']),
          owner,
          severity: pick(SEVERITIES),
          customerImpact: incident ? pick(CUSTOMER_IMPACT_BUCKETS) : 'none',
          startedAt: startedAt.toISO()!,
          detectedAt: detectedAt.toISO()!,
          resolvedAt: resolvedAt.toISO()!,
          publishedAt: published
            ? resolvedAt.plus({ days: between(0, 8) }).toISODate()!
            : undefined,
          services: [
            `component:service-${between(0, SERVICES - 1)}`,
            `component:service-${between(0, SERVICES - 1)}`,
          ],
          journeys: [`journey-${between(0, 30)}`],
          taxonomy: [pick(TAGS)],
          summary: 'A queue stalled and the payment file was built late.',
          actions: actions(owner, between(0, 4)),
        },
      };
    },
  );
  const exercises: ExerciseEntity[] = Array.from(
    { length: EXERCISES },
    (_, i) => ({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Exercise',
      metadata: { name: `exercise-${i}`, namespace: 'default' },
      spec: {
        type: 'game-day',
        date: '2026-06-01',
        owner: `group:squad-${i % SQUADS}`,
        scenario: 'Region failover',
        actions: actions(`group:squad-${i % SQUADS}`, between(0, 3)),
      },
    }),
  );
  const catalog = [...domains, ...systems, ...squads, ...services];
  const all: Entity[] = [...catalog, ...postmortems, ...exercises];
  return {
    loadedAt: NOW,
    alerts: [],
    procedures: [],
    vendors: [],
    plans: [],
    exercises,
    postmortems,
    capabilityModels: [],
    catalog,
    byRef: new Map(
      all.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
    ),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function main() {
  const iterations = Number(process.argv[2] ?? 200);
  const snapshot = buildSnapshot();
  const index = { snapshot: async () => snapshot } as unknown as RecordsIndex;
  const httpAuth = {
    credentials: async () => ({}),
  } as unknown as HttpAuthService;

  const coldStart = performance.now();
  postmortemViews(snapshot, '2026-11-21');
  const coldMs = performance.now() - coldStart;

  // Server time: from the request reaching express to the last byte of the response written.
  let serverMs = 0;
  const app = express();
  app.use((_request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      serverMs = performance.now() - started;
    });
    next();
  });
  app.use(
    '/api/readiness',
    await createRouter({ httpAuth, index, clock: () => NOW }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/readiness`;

  const requests: Array<[string, string]> = [
    [
      'library, first page, newest first',
      '/postmortems?sort=startedAt&order=desc&limit=50',
    ],
    [
      'library, filtered, searched, by severity',
      '/postmortems?filter[severity]=critical&filter[severity]=high&filter[reviewType]=incident&q=queue&sort=severity&limit=50',
    ],
    [
      'library, one squad and a year',
      '/postmortems?filter[squad]=group:default/squad-7&from=2025-01-01&to=2025-12-31',
    ],
    ['library facets', '/postmortems/facets'],
    ['analytics, everything, by squad', '/postmortems/analytics'],
    [
      'analytics, everything, by all 4,000 services',
      '/postmortems/analytics?by=service',
    ],
    [
      'analytics, last 12 months',
      '/postmortems/analytics?from=2025-11-21&to=2026-11-21',
    ],
    [
      'analytics, one domain',
      '/postmortems/analytics?filter[domain]=domain:default/domain-3',
    ],
    ['open actions, first page', '/postmortems/actions?limit=50'],
    [
      'open actions, one squad overdue',
      '/postmortems/actions?filter[squad]=group:default/squad-7&filter[overdue]=true',
    ],
  ];

  console.log(
    `Snapshot: ${POSTMORTEMS} post-mortems, ${EXERCISES} exercises, ${SQUADS} squads, ${SERVICES} services; ` +
      `${iterations} requests each after a warm-up; cold build of the library rows: ${coldMs.toFixed(
        0,
      )} ms`,
  );
  console.log(
    `${'request'.padEnd(44)} ${'server p50'.padStart(10)} ${'p95'.padStart(
      7,
    )} ${'round trip p50'.padStart(15)} ${'p95'.padStart(7)}  items/total`,
  );
  let failures = 0;
  for (const [label, path] of requests) {
    const fetchOnce = async () => {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return response.json();
    };
    const sample = await fetchOnce();
    const roundTrips: number[] = [];
    const serverTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await fetchOnce();
      roundTrips.push(performance.now() - started);
      serverTimes.push(serverMs);
    }
    roundTrips.sort((a, b) => a - b);
    serverTimes.sort((a, b) => a - b);
    const p95 = percentile(serverTimes, 95);
    if (p95 > BUDGET_MS) failures += 1;
    const size =
      'total' in sample ? `${sample.items.length}/${sample.total}` : '';
    const ms = (value: number, width: number) =>
      value.toFixed(1).padStart(width);
    console.log(
      `${label.padEnd(44)} ${ms(percentile(serverTimes, 50), 10)} ${ms(
        p95,
        7,
      )} ${ms(percentile(roundTrips, 50), 15)} ${ms(
        percentile(roundTrips, 95),
        7,
      )}  ${size}${p95 > BUDGET_MS ? '  OVER BUDGET' : ''}`,
    );
  }
  server.close();

  // The same work without HTTP: the functions the routes call.
  const views = postmortemViews(snapshot, '2026-11-21');
  const query = (filters: Record<string, string[]>, extra = {}): ListQuery => ({
    filters,
    order: 'asc',
    offset: 0,
    limit: 50,
    ...extra,
  });
  const functions: Array<[string, () => unknown]> = [
    [
      'library rows, filtered, searched, sorted by severity',
      () =>
        filterRows(
          views.rows,
          query(
            { severity: ['critical', 'high'], reviewType: ['incident'] },
            { q: 'queue', sort: 'severity' },
          ),
          postmortemFields,
        ),
    ],
    [
      'analytics over every post-mortem, all three dimensions',
      () =>
        analyzePostmortems(views.rows, {
          today: views.today,
          dimensions: ['squad', 'service', 'journey'],
        }),
    ],
    [
      'analytics, one domain',
      () =>
        postmortemAnalytics(
          views,
          query({ domain: ['domain:default/domain-3'] }),
          {},
        ),
    ],
    [
      'open actions of the post-mortems and exercises',
      () =>
        listOpenActions([...snapshot.postmortems, ...snapshot.exercises], {
          today: views.today,
          lookup: ref => snapshot.byRef.get(ref),
        }),
    ],
  ];
  console.log(
    `\n${'function'.padEnd(58)} ${'p50 ms'.padStart(8)} ${'p95'.padStart(7)}`,
  );
  for (const [label, run] of functions) {
    run();
    const times: number[] = [];
    for (let i = 0; i < Math.min(iterations, 50); i++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(58)} ${percentile(times, 50)
        .toFixed(1)
        .padStart(8)} ${percentile(times, 95).toFixed(1).padStart(7)}`,
    );
  }
  console.log(
    failures
      ? `\n${failures} request(s) over the ${BUDGET_MS} ms p95 budget`
      : `\nAll requests within the ${BUDGET_MS} ms p95 budget`,
  );
  process.exitCode = failures ? 1 : 0;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
