/*
 * What the readiness API benchmarks share: the records of scale profile L loaded through
 * RecordsIndex from a catalog stand-in, a capability's real router served on loopback, and a
 * closed loop of concurrent requests per route that reports p50 and p95 against the 150 ms
 * budget (docs/ARCHITECTURE.md, profile L).
 *
 * Each benchmark script names its API and routes and calls `runBenchmark`; options on the
 * command line:
 *   --runs N          requests per route after the warm-up (default 200)
 *   --concurrency N   requests in flight at once (default 20, as the portal benchmark)
 *   --json            print the results as JSON
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
  RecordsIndex,
  RecordsIndexService,
  RecordsSnapshot,
} from '@readiness/plugin-readiness-node';
import express from 'express';
import {
  generateScaleProfile,
  SCALE_PROFILE_REFERENCE_DATE,
} from './generateScaleProfile';

const BUDGET_MS = 150;
const WARM_UP = 5;
/** Noon of the profile's reference day: review dates and history count back from it. */
const NOW = new Date(SCALE_PROFILE_REFERENCE_DATE.getTime() + 12 * 3_600_000);

/** The catalog's paged `queryEntities` of the entities of some kinds, as the records index reads them. */
function catalogOf(entities: Entity[]): CatalogService {
  const lowerCase = (kind: string) => kind.toLocaleLowerCase('en-US');
  return {
    async queryEntities(request: {
      filter?: { kind: string[] };
      cursor?: string;
      limit?: number;
    }) {
      const { kinds, offset }: { kinds: string[]; offset: number } =
        request.cursor
          ? JSON.parse(request.cursor)
          : { kinds: request.filter!.kind.map(lowerCase), offset: 0 };
      const matching = entities.filter(entity =>
        kinds.includes(lowerCase(entity.kind)),
      );
      const limit = request.limit ?? 1000;
      const next = offset + limit;
      return {
        items: matching.slice(offset, next),
        totalItems: matching.length,
        pageInfo: {
          nextCursor:
            next < matching.length
              ? JSON.stringify({ kinds, offset: next })
              : undefined,
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

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/**
 * The times of one route, in milliseconds, and the size of its answer.
 *
 * @public
 */
export interface RouteResult {
  route: string;
  p50: number;
  p95: number;
  bytes: number;
}

/** Times one route: `runs` requests, `concurrency` of them in flight at any time. */
async function timeRoute(
  url: string,
  runs: number,
  concurrency: number,
): Promise<{ times: number[]; bytes: number }> {
  let bytes = 0;
  const request = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) {
      throw new Error(
        `${url} answered ${response.status}: ${Buffer.from(body)}`,
      );
    }
    bytes = body.byteLength;
    return elapsed;
  };
  for (let i = 0; i < WARM_UP; i++) await request();
  const times: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < runs) {
      started += 1;
      times.push(await request());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times: times.sort((a, b) => a - b), bytes };
}

/**
 * The API a benchmark times: a capability backend's router over the records index.
 *
 * @public
 */
export interface BenchmarkedApi {
  /** Where the backend mounts the router, e.g. `/api/postmortems`; routes are relative to it. */
  basePath: string;
  /** What the router derives from a snapshot, built as the backend's records index does. */
  prepare(snapshot: RecordsSnapshot, clock: () => Date): void;
  createRouter(options: {
    httpAuth: HttpAuthService;
    index: RecordsIndexService;
    clock: () => Date;
  }): Promise<express.Router>;
}

/**
 * Generates profile L, serves the API over its records and times each route (paths relative
 * to the API's `basePath`), printing a table or JSON.
 *
 * @public
 */
export async function runBenchmark(
  title: string,
  api: BenchmarkedApi,
  routes: ReadonlyArray<readonly [label: string, path: string]>,
): Promise<RouteResult[]> {
  const runs = option('--runs', 200);
  const concurrency = option('--concurrency', 20);
  const asJson = process.argv.includes('--json');
  const log = (line: string) => !asJson && process.stdout.write(`${line}\n`);

  let started = performance.now();
  const { entities } = generateScaleProfile({ profile: 'L', seed: 1 });
  const generateMs = performance.now() - started;
  const logger = {
    debug() {},
    info() {},
    warn() {},
    error() {},
    child: () => logger,
  } as unknown as LoggerService;
  const clock = () => NOW;
  const index = new RecordsIndex({
    catalog: catalogOf(entities),
    auth: {
      getOwnServiceCredentials: async () => ({}),
    } as unknown as AuthService,
    logger,
    maxAgeMs: Infinity,
    clock,
  });
  index.addPreparation(snapshot => api.prepare(snapshot, clock));
  started = performance.now();
  await index.snapshot();
  const loadMs = performance.now() - started;
  log(
    `${title}: scale profile L, ${
      entities.length
    } entities generated in ${Math.round(
      generateMs,
    )} ms, loaded and prepared in ${Math.round(loadMs)} ms`,
  );

  const app = express();
  app.use(
    api.basePath,
    await api.createRouter({
      // Every request is a signed-in user's; the benchmark times the routes behind the check.
      httpAuth: { credentials: async () => ({}) } as unknown as HttpAuthService,
      index,
      clock,
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${
    api.basePath
  }`;

  const results: RouteResult[] = [];
  for (const [route, path] of routes) {
    const { times, bytes } = await timeRoute(
      `${base}${path}`,
      runs,
      concurrency,
    );
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
        { title, runs, concurrency, loadMs, results },
        null,
        2,
      )}\n`,
    );
    return results;
  }
  log(
    `\n${'route'.padEnd(40)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(
      9,
    )}${'bytes'.padStart(11)}`,
  );
  for (const { route, p50, p95, bytes } of results) {
    log(
      `${route.padEnd(40)}${p50.toFixed(1).padStart(9)}${p95
        .toFixed(1)
        .padStart(9)}${String(bytes).padStart(11)}${
        p95 > BUDGET_MS ? '  over budget' : ''
      }`,
    );
  }
  log(
    `\n${runs} requests per route, ${concurrency} at a time, after ${WARM_UP} to warm up; ` +
      `budget: p95 under ${BUDGET_MS} ms.`,
  );
  return results;
}

/**
 * Runs a benchmark script's main function, exiting non-zero on failure.
 *
 * @public
 */
export function runScript(main: () => Promise<unknown>) {
  main().catch(error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
