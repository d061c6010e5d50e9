/*
 * Alert catalog API benchmark at scale profile L (../shared/design/ARCHITECTURE.md): 400 teams,
 * 4,000 components, 40,000 alerts, 4,000 procedures, 10,000 post-mortems, 1,000 PagerDuty
 * services. Generates the records in memory, loads them through RecordsIndex from a catalog
 * stand-in, serves the real `/alerts` router on loopback and times each route warm.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/readiness-backend/scripts/alerts-benchmark.ts [--runs 200] [--json]
 *
 * Vendors, plans and exercises are not generated: the alert routes do not read them.
 */
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  AuthService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ALERT_SOURCES,
  ERROR_CODE_CLASSES,
  PROCEDURE_TYPES,
  SEVERITIES,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import { RecordsIndex } from '../src/records/RecordsIndex';
import { createAlertsRouter } from '../src/service/alerts/alertsRouter';
import { alertsModel } from '../src/service/alerts/alertsModel';

const PROFILE_L = {
  domains: 20,
  systems: 200,
  teams: 400,
  users: 4_000,
  components: 4_000,
  pagerDutyServices: 1_000,
  alerts: 40_000,
  procedures: 4_000,
  postmortems: 10_000,
  errorCodes: 3_000,
  journeys: 60,
};

// Deterministic: every run measures the same organisation.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(42);
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)];
const chance = (p: number) => rand() < p;
const pad = (n: number) => String(n).padStart(5, '0');
const meta = (name: string, extra: Partial<Entity['metadata']> = {}) => ({
  name,
  namespace: 'default',
  ...extra,
});

function generate(): Entity[] {
  const entities: Entity[] = [];
  const add = (entity: Entity) => entities.push(entity);
  for (let d = 0; d < PROFILE_L.domains; d++) {
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: meta(`domain-${d}`, { title: `Domain ${d}` }),
      spec: { owner: `group:team-${d}` },
    });
  }
  for (let s = 0; s < PROFILE_L.systems; s++) {
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: meta(`system-${s}`),
      spec: {
        owner: `group:team-${s}`,
        domain: `domain-${s % PROFILE_L.domains}`,
      },
    });
  }
  for (let t = 0; t < PROFILE_L.teams; t++) {
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: meta(`team-${t}`, {
        title: `Team ${t}`,
        annotations: {
          'readiness.dev/domain': `domain-${t % PROFILE_L.domains}`,
        },
      }),
      spec: { type: 'team', children: [] },
    });
  }
  for (let u = 0; u < PROFILE_L.users; u++) {
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: meta(`user-${u}`),
      spec: { memberOf: [`group:team-${u % PROFILE_L.teams}`] },
    });
  }
  const serviceIds: string[] = [];
  const components: string[] = [];
  for (let c = 0; c < PROFILE_L.components; c++) {
    const job = c % 2 === 1;
    const name = `${job ? 'job' : 'service'}-${pad(c)}`;
    const annotations: Record<string, string> = {
      'readiness.dev/criticality': pick([
        'critical',
        'critical',
        'high',
        'high',
        'medium',
        'low',
      ]),
    };
    if (!job && serviceIds.length < PROFILE_L.pagerDutyServices) {
      const id = `P${pad(c)}X`;
      serviceIds.push(id);
      annotations['pagerduty.com/service-id'] = id;
    }
    if (job) {
      Object.assign(annotations, {
        'readiness.dev/schedule': '15 5 * * 1-5',
        'readiness.dev/cutoff': '06:00',
        'readiness.dev/timezone': 'America/New_York',
      });
    }
    components.push(`component:${name}`);
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: meta(name, {
        description: `Generated ${job ? 'job' : 'service'} ${c}`,
        annotations,
      }),
      spec: {
        type: job ? 'job' : 'service',
        lifecycle: 'production',
        owner: `group:team-${c % PROFILE_L.teams}`,
        system: `system-${c % PROFILE_L.systems}`,
      },
    });
  }
  const procedures: string[] = [];
  for (let p = 0; p < PROFILE_L.procedures; p++) {
    const type =
      p % 10 === 0
        ? 'script-template'
        : pick(PROCEDURE_TYPES.filter(t => t !== 'script-template'));
    const name = `procedure-${pad(p)}`;
    procedures.push(`procedure:${name}`);
    const month = 1 + Math.floor(rand() * 12);
    add({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Procedure',
      metadata: meta(name, { title: `Procedure ${p}` }),
      spec: {
        type,
        owner: `group:team-${p % PROFILE_L.teams}`,
        appliesTo: [pick(components), pick(components)],
        lastReviewed: `${pick([2025, 2026])}-${String(month).padStart(
          2,
          '0',
        )}-15`,
        reviewInterval: pick(['P6M', 'P12M']),
        body: 'Check the job, then the upstream file drop.',
        steps: ['Look at the logs.', 'Re-run the job.'],
        ...(type === 'script-template'
          ? {
              language: 'sql',
              parameters: [
                {
                  name: 'businessDate',
                  type: 'date',
                  default: 'today',
                  required: true,
                },
              ],
              script:
                "SELECT * FROM files WHERE business_date = '{{businessDate}}';",
            }
          : {}),
      },
    });
  }
  const journeys = Array.from(
    { length: PROFILE_L.journeys },
    (_, j) => `journey-${j}`,
  );
  for (let a = 0; a < PROFILE_L.alerts; a++) {
    const monitors = components[a % components.length];
    const job = monitors.startsWith('component:job-');
    const paging = chance(0.75);
    const codes = Array.from({ length: Math.floor(rand() * 4) }, () => {
      const n = Math.floor(rand() * PROFILE_L.errorCodes);
      return {
        code: `ERR-${pad(n)}`,
        class: ERROR_CODE_CLASSES[n % 3],
        meaning: `Error ${n}`,
      };
    });
    add({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Alert',
      metadata: meta(`alert-${pad(a)}`, {
        title: `${
          job ? 'Settlement file late' : 'Error rate high'
        } on ${monitors.slice(10)} (${a})`,
        description: `Generated alert ${a}`,
      }),
      spec: {
        type: job ? 'positive' : 'negative',
        source: job ? 'job' : pick(ALERT_SOURCES.filter(s => s !== 'job')),
        severity: pick(SEVERITIES),
        paging,
        owner: `group:team-${(a % components.length) % PROFILE_L.teams}`,
        monitors,
        journey: pick(journeys),
        ...(job
          ? {
              schedule: '15 5 * * 1-5',
              cutoff: '06:00',
              timezone: 'America/New_York',
            }
          : {}),
        meaning: 'Something the customers notice did not happen in time.',
        impact: 'Payments settle late.',
        errorCodes: codes,
        ...(chance(0.95) ? { procedure: pick(procedures) } : {}),
        ...(chance(0.1) ? { scripts: [pick(procedures)] } : {}),
        ...(paging && chance(0.95)
          ? {
              pagerduty: {
                serviceId: chance(0.98) ? pick(serviceIds) : 'PUNKNOWN',
              },
            }
          : {}),
      },
    });
  }
  for (let m = 0; m < PROFILE_L.postmortems; m++) {
    add({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'Postmortem',
      metadata: meta(`postmortem-${pad(m)}`, { title: `Incident ${m}` }),
      spec: {
        reviewType: 'incident',
        status: 'published',
        owner: `group:team-${m % PROFILE_L.teams}`,
        severity: pick(SEVERITIES),
        startedAt: '2026-03-01T10:00:00Z',
        services: [pick(components)],
      },
    });
  }
  return entities;
}

/** The catalog's paged `queryEntities` over an array, as the records index reads it. */
function catalogOf(entities: Entity[]): CatalogService {
  return {
    async queryEntities(request: { cursor?: string; limit?: number }) {
      const offset = Number(request.cursor ?? 0);
      const limit = request.limit ?? 1000;
      const items = entities.slice(offset, offset + limit);
      const next = offset + limit;
      return {
        items,
        totalItems: entities.length,
        pageInfo: {
          nextCursor: next < entities.length ? String(next) : undefined,
        },
      };
    },
  } as unknown as CatalogService;
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
  const asJson = process.argv.includes('--json');
  const log = (line: string) => !asJson && process.stdout.write(`${line}\n`);

  let started = performance.now();
  const entities = generate();
  log(
    `generated ${entities.length} entities in ${Math.round(
      performance.now() - started,
    )} ms`,
  );

  const logger = {
    debug() {},
    info() {},
    warn() {},
    error() {},
    child: () => logger,
  } as unknown as LoggerService;
  const auth = {
    getOwnServiceCredentials: async () => ({}),
  } as unknown as AuthService;
  const index = new RecordsIndex({
    catalog: catalogOf(entities),
    auth,
    logger,
    maxAgeMs: 86_400_000,
  });
  started = performance.now();
  const snapshot = await index.snapshot();
  const loadMs = performance.now() - started;
  started = performance.now();
  const model = alertsModel(snapshot);
  const modelMs = performance.now() - started;
  log(
    `snapshot: ${snapshot.alerts.length} alerts, ${snapshot.procedures.length} procedures, ` +
      `${snapshot.postmortems.length} post-mortems, ${snapshot.catalog.length} catalog entities ` +
      `(${Math.round(loadMs)} ms); alert model ${Math.round(modelMs)} ms, ${
        model.errorCodes.length
      } error codes`,
  );

  const app = express();
  // The parent router authenticates; the benchmark measures the alert routes themselves.
  app.use(
    '/alerts',
    createAlertsRouter({
      httpAuth: {} as HttpAuthService,
      index,
      clock: () => new Date('2026-11-21T12:00:00Z'),
    }),
  );
  const server = app.listen(0);
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/alerts`;

  // Queries written as the portal's client writes them (URLSearchParams percent-encodes).
  const query = (params: Record<string, string>) =>
    `?${new URLSearchParams(params)}`;
  const routes = [
    ['list, default sort', query({ limit: '50' })],
    [
      'list, critical paging',
      query({
        'filter[severity]': 'critical',
        'filter[paging]': 'true',
        limit: '50',
      }),
    ],
    ['list, free text', query({ q: 'settlement', limit: '50' })],
    [
      'list, owner by title',
      query({ 'filter[owner]': 'group:default/team-17', sort: 'title' }),
    ],
    [
      'list, no SOP, page 3',
      query({
        'filter[hasSop]': 'false',
        'filter[paging]': 'true',
        sort: 'title',
        order: 'desc',
        offset: '100',
        limit: '50',
      }),
    ],
    [
      'list, domain + error class',
      query({
        'filter[domain]': 'domain:default/domain-3',
        'filter[errorClass]': 'business',
        sort: 'owner',
        limit: '50',
      }),
    ],
    ['coverage', '/coverage'],
    ['procedures, overdue first', `/procedures${query({ limit: '50' })}`],
    [
      'error codes, business',
      `/error-codes${query({ 'filter[class]': 'business', limit: '50' })}`,
    ],
    [
      'operations of a squad',
      `/operations${query({ entityRef: 'group:default/team-17' })}`,
    ],
    ['alert details', '/entities/default/alert-00017'],
    [
      'CSV export, critical',
      `/export.csv${query({ 'filter[severity]': 'critical' })}`,
    ],
  ] as const;

  const results: Array<{
    route: string;
    p50: number;
    p95: number;
    bytes: number;
  }> = [];
  for (const [route, path] of routes) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 5; i++) {
      const t0 = performance.now();
      const response = await fetch(`${base}${path}`);
      const body = await response.arrayBuffer();
      const elapsed = performance.now() - t0;
      if (!response.ok)
        throw new Error(
          `${path} answered ${response.status}: ${Buffer.from(body)}`,
        );
      bytes = body.byteLength;
      if (i >= 5) times.push(elapsed); // the first requests warm up
    }
    times.sort((a, b) => a - b);
    results.push({
      route,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      bytes,
    });
  }
  server.close();

  if (asJson) {
    process.stdout.write(
      `${JSON.stringify(
        { profile: PROFILE_L, runs, loadMs, modelMs, results },
        null,
        2,
      )}\n`,
    );
    return;
  }
  log(
    `\n${'route'.padEnd(30)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(
      9,
    )}${'bytes'.padStart(11)}`,
  );
  for (const { route, p50, p95, bytes } of results) {
    log(
      `${route.padEnd(30)}${p50.toFixed(1).padStart(9)}${p95
        .toFixed(1)
        .padStart(9)}${String(bytes).padStart(11)}`,
    );
  }
  log(
    `\n${runs} warm requests per route after 5 to warm up; budget: p95 under 150 ms.`,
  );
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
