import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { PAGERDUTY_REST_REQUESTS_PER_MINUTE } from '@readiness/pagerduty-sandbox';
import {
  SCALE_PROFILE_REFERENCE_DATE,
  SCALE_PROFILES,
  ScaleProfileName,
} from '@readiness/scale-profile';
import { BackendProcess } from './backendProcess';
import {
  cpuHolders,
  CpuProfile,
  heapHolders,
  Holder,
  readProfile,
  SamplingHeapProfile,
} from './v8Profiles';
import {
  CatalogProgress,
  CatalogVolume,
  catalogVolume,
  waitForIngestion,
} from './ingestion';
import {
  combineRounds,
  LOAD_ROUNDS,
  LoadResult,
  RoundsResult,
  runLoad,
} from './load';
import { GcTraceSummary, summarizeGcTrace } from './gcTrace';
import { describeMachine } from './machine';
import { PageTiming, timePages } from './pages';
import { CountingPagerDutySandbox } from './pagerDutySandbox';
import { backendDatabaseConfig, Postgres, PostgresServer } from './postgres';
import { GeneratedProfile, generateProfile } from './profiles';
import {
  GrowthResults,
  growthChartSvg,
  mergeGrowth,
  ProfileGrowth,
  productionHeapLimitMb,
  productionProcessingInterval,
  renderGrowthSection,
  replaceSection,
} from './growth';
import {
  Figure,
  formatMegabytes,
  formatNumber,
  formatSeconds,
  renderReport,
  ReportSection,
} from './report';
import { peakInWindow } from './statistics';
import { ComparisonRound, medianRound, roundRatios } from './comparison';
import {
  PAGERDUTY_SYNC_TASK_ID,
  STARTUP_TASKS,
  SyncRunEnd,
  waitForSyncRunEnd,
  waitForTaskRunEnd,
} from './scheduledTasks';

export interface BenchmarkOptions {
  /** The repository root. */
  root: string;
  seed: number;
  /** Records in the slice of profile L ingested against as many plain Components. */
  slice: number;
  /** Records of profile L for the large run; undefined: all of it. */
  profileSize?: number;
  /** Rounds of the ingestion comparison with stock Backstage (odd; 0: none). */
  comparisonRounds: number;
  connections: number;
  secondsPerApi: number;
  pageLoads: number;
  /** The markdown file written: an absolute path, checked to be writable. */
  out: string;
  postgres: PostgresServer;
}

/** The growth mode's choice: which profiles to measure, each on its own backend. */
export interface GrowthOptions {
  profiles: ScaleProfileName[];
}

const BUDGETS = {
  ingestionRatio: 1.15,
  apiP95Ms: 150,
  apiP50Ms: 50,
  pageMs: 1500,
  pageMedianMs: 1000,
  peakRssBytes: 1.2 * 1024 * 1024 * 1024,
  scorecardMs: 10_000,
};

/** The report's rows of what holds the heap, largest first. */
function heapRows(heap: LargeRun['heap']): string[][] {
  if (!heap.ok) return [['not measured', heap.error, '']];
  const { total, holders } = heap.value;
  return holders.map(({ holder, amount }) => [
    holder,
    formatNumber(amount / 1024 / 1024, 1),
    `${formatNumber((100 * amount) / total)} %`,
  ]);
}

/** The ingestion comparison's main-thread time by holder, one column per run. */
function cpuSection(
  runs: Array<[string, NonNullable<IngestionRun['cpu']>]>,
): ReportSection {
  const title = 'Where the main thread spends the ingestion comparison';
  const notes = [
    "Each backend ran with V8's CPU profiler (`node --cpu-prof`, a sample a millisecond) from start until stopped after ingestion. Each sample's time counts for the innermost plugin on its stack (the portal's or Backstage's), else the innermost library (the database driver's work on a query's rows counts for the driver: its callbacks carry no plugin on the stack), else Node's internals; idle is the main thread waiting on PostgreSQL and the network.",
  ];
  const header = ['holder', ...runs.map(([name]) => `${name} s`)];
  const measured = runs.flatMap(([, cpu]) => (cpu.ok ? [cpu.value] : []));
  if (measured.length < runs.length) {
    return {
      title,
      notes,
      header,
      rows: [
        ['not measured', ...runs.map(([, cpu]) => (cpu.ok ? '' : cpu.error))],
      ],
    };
  }
  const seconds = (holders: Holder[], name: string) => {
    const found = holders.find(({ holder }) => holder === name);
    return found ? formatNumber(found.amount / 1e6, 1) : '—';
  };
  const names = [
    ...new Set(
      measured.flatMap(({ holders }) => holders.map(({ holder }) => holder)),
    ),
  ].filter(name => !name.endsWith(' others'));
  return {
    title,
    notes,
    header,
    rows: [
      ...names.map(name => [
        name,
        ...measured.map(({ holders }) => seconds(holders, name)),
      ]),
      ['all', ...measured.map(({ total }) => formatNumber(total / 1e6, 1))],
    ],
  };
}

/** An API holds its budget: both percentiles under theirs, no request failed. */
function apiHolds(result: LoadResult): boolean {
  return (
    result.p95Ms < BUDGETS.apiP95Ms &&
    result.p50Ms < BUDGETS.apiP50Ms &&
    result.failures === 0
  );
}

/** The lowest and highest of an API's rounds' p95, to show how far the rounds spread. */
function roundsP95Range({ roundsP95Ms }: RoundsResult): string {
  const answered = roundsP95Ms.filter(ms => Number.isFinite(ms));
  if (answered.length === 0) return 'n/a';
  return `${formatNumber(Math.min(...answered))}–${formatNumber(
    Math.max(...answered),
  )}`;
}

/**
 * What a deployment at this scale runs with, from app-config.production.yaml (which says why):
 * the catalog's processing interval, for both sides, the search indexing schedules, and no demo
 * history (the embedded default seeds a year of scorecard quarters and register snapshots, which
 * a production deployment never runs).
 */
async function productionSettings(root: string) {
  const production = parse(
    await readFile(join(root, 'app-config.production.yaml'), 'utf8'),
  );
  const processingInterval = production?.catalog?.processingInterval;
  const search = production?.search;
  const demoHistory = production?.scorecards?.demoHistory;
  const demoRegisterHistory = production?.continuity?.demoRegisterHistory;
  if (
    !processingInterval ||
    !search ||
    demoHistory !== false ||
    demoRegisterHistory !== false
  ) {
    throw new Error(
      'app-config.production.yaml: catalog.processingInterval, search, scorecards.demoHistory: false and continuity.demoRegisterHistory: false are needed',
    );
  }
  return {
    processingInterval,
    search,
    scorecards: { demoHistory },
    continuity: { demoRegisterHistory },
  };
}

/** The person the benchmark signs in as; it adds them to the generated organisation. */
const DEMO_PERSON = 'ada.engineer';
const SANDBOX_TOKEN = 'benchmark-sandbox-token';
const MINUTE_MS = 60_000;

/** Every list and analytics API of the portal, with the queries its pages send first. */
const APIS: Array<[string, string]> = [
  ['alerts: list', '/api/alerts?limit=50'],
  [
    'alerts: critical paging',
    '/api/alerts?filter%5Bseverity%5D=critical&filter%5Bpaging%5D=true&limit=50',
  ],
  ['alerts: free text', '/api/alerts?q=settlement&limit=50'],
  ['alerts: facets', '/api/alerts/facets'],
  ['alerts: coverage', '/api/alerts/coverage'],
  ['alerts: coverage by squad', '/api/alerts/coverage/squads?limit=20'],
  ['alerts: coverage gaps', '/api/alerts/coverage/gaps?limit=20'],
  ['procedures: list', '/api/alerts/procedures?limit=50'],
  ['error codes: list', '/api/alerts/error-codes?limit=50'],
  ['post-mortems: list', '/api/postmortems?limit=50'],
  ['post-mortems: facets', '/api/postmortems/facets'],
  ['post-mortems: analytics', '/api/postmortems/analytics'],
  [
    'post-mortems: reliability by squad',
    '/api/postmortems/analytics/reliability?limit=10',
  ],
  ['post-mortems: actions', '/api/postmortems/actions?limit=50'],
  ['continuity: vendors', '/api/continuity/vendors?limit=50'],
  ['continuity: plans', '/api/continuity/plans?limit=50'],
  ['continuity: exercises', '/api/continuity/exercises?limit=50'],
  ['continuity: reviews due', '/api/continuity/reviews?limit=50'],
  ['continuity: DORA register', '/api/continuity/dora'],
  ['scorecards: heat map page', '/api/scorecards/scorecards?limit=40'],
  ['on-call: now', '/api/oncall/oncall/now?offset=0&limit=20'],
  ['on-call: incidents', '/api/oncall/incidents?limit=100'],
  ['on-call: incident analytics', '/api/oncall/incidents/analytics?months=12'],
];

const PAGES = [
  { name: 'alert-catalog', title: 'Alert catalog', path: '/alerts/catalog' },
  {
    name: 'postmortem-library',
    title: 'Post-mortem library',
    path: '/postmortems/library',
  },
  {
    name: 'vendor-register',
    title: 'Vendor register',
    path: '/continuity/vendors',
  },
  { name: 'on-call-now', title: 'On-call now', path: '/on-call' },
];

const say = (message: string) =>
  process.stderr.write(
    `benchmark ${new Date().toISOString().slice(11, 19)}: ${message}\n`,
  );

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface IngestionRun {
  entities: number;
  totalMs: number;
  healthyMs: number;
  progress: CatalogProgress;
  /** What the catalog stored for the entities (the comparison only). */
  volume?: CatalogVolume;
  peakRssBytes: number;
  /** Where the backend's main thread spent its time, from V8's CPU profile (the comparison only). */
  cpu?: Outcome<{ total: number; holders: Holder[] }>;
}

interface SyncRun extends SyncRunEnd {
  requestsSeen: number;
  durationMs: number;
  peakPerMinute: number;
}

/** A measurement, or why it could not be taken: the report says so and the rest goes on. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

async function attempt<T>(
  what: string,
  measure: () => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(`${what}: not measured: ${message}`);
    return { ok: false, error: message };
  }
}

interface ScorecardEvaluationRun {
  wallMs: number;
  durationMs: number;
  squads: number;
  squadsPersisted: number;
  checksPersisted: number;
}

interface LargeRun {
  ingestion: IngestionRun;
  firstSync: Outcome<SyncRun>;
  secondSync: Outcome<SyncRun>;
  apis: Array<{ name: string; path: string; result: RoundsResult }>;
  pages: Outcome<PageTiming[]>;
  scorecards: Outcome<ScorecardEvaluationRun>;
  /** How long each start-up task's run took, run right after ingestion. */
  startupTasks: Outcome<Array<{ taskId: string; ms: number }>>;
  peakRssBytes: number;
  peakRssUnderLoadBytes: number;
  /** What V8's sampling heap profiler found alive when the backend stopped. */
  heap: Outcome<{ total: number; holders: Holder[] }>;
  /** V8's own account of its heap over the run (`--trace-gc`). */
  gc: Outcome<GcTraceSummary>;
}

/** The report's section the growth mode writes, and every run keeps. */
const GROWTH_TITLE = 'Growth from M to XL';

/** A profile's headline figures from its run. */
function growthOf(profile: string, run: LargeRun): ProfileGrowth {
  return {
    profile,
    measuredAt: new Date().toISOString(),
    entities: run.ingestion.entities,
    ingestionMs: run.ingestion.totalMs,
    peakRssBytes: run.peakRssBytes,
    // An API that failed every request has no latency to grow; the table shows it as not measured.
    apis: run.apis
      .filter(({ result }) => Number.isFinite(result.p95Ms))
      .map(({ name, result }) => ({
        name,
        p50Ms: result.p50Ms,
        p95Ms: result.p95Ms,
      })),
    pages: run.pages.ok
      ? run.pages.value.map(page => ({
          name: page.name,
          medianMs: page.medianMs,
          slowestMs: page.slowestMs,
        }))
      : [],
  };
}

/**
 * The benchmark: generates the profiles, starts backends on PostgreSQL (each on databases of its
 * own prefix, dropped afterwards), measures, and writes the report.
 */
export class Benchmark {
  readonly #options: BenchmarkOptions;
  readonly #runId = `rbench_${Date.now().toString(36)}`;
  readonly #runDir: string;
  readonly #postgres: Postgres;
  readonly #backendDir: string;
  #sandbox?: CountingPagerDutySandbox;
  /** The machine's 1-minute load average when each part started: other work shares the cores. */
  readonly #loadAverages: Array<[string, number]> = [];

  constructor(options: BenchmarkOptions) {
    this.#options = options;
    this.#runDir = join(options.root, '.data/benchmarks', this.#runId);
    this.#postgres = new Postgres(options.postgres);
    this.#backendDir = join(options.root, 'packages/backend');
  }

  async run(): Promise<string> {
    const { root, seed, slice, profileSize, comparisonRounds } = this.#options;
    await mkdir(this.#runDir, { recursive: true });
    const startedAt = Date.now();
    say(
      `run ${this.#runId}: logs, configs and profiles in ${relative(
        root,
        this.#runDir,
      )}`,
    );
    try {
      const databaseVersion = await this.#postgres.version();
      say('building the production bundle (./portal build)');
      await promisify(execFile)(join(root, 'portal'), ['build'], { cwd: root });

      say(
        `generating profile L${
          profileSize ? ` (${profileSize} records)` : ''
        }, seed ${seed}`,
      );
      const profile = await generateProfile({
        root,
        seed,
        directory: join(this.#runDir, 'profile-L'),
        request: profileSize
          ? { kind: 'slice', records: profileSize }
          : { kind: 'profile' },
      });

      const rounds: Array<ComparisonRound<IngestionRun>> = [];
      if (comparisonRounds) {
        say(
          `generating ${slice} plain Components and a ${slice}-record slice of profile L`,
        );
        const [plain, slicedProfile] = await Promise.all([
          generateProfile({
            root,
            seed,
            directory: join(this.#runDir, 'plain-components'),
            request: { kind: 'plain-components', records: slice },
          }),
          generateProfile({
            root,
            seed,
            directory: join(this.#runDir, 'slice'),
            request: { kind: 'slice', records: slice },
          }),
        ]);
        for (let round = 1; round <= comparisonRounds; round++) {
          rounds.push(await this.#comparisonRound(round, plain, slicedProfile));
        }
      }
      const large = await this.#withSandbox(profile, () =>
        this.#largeRun(profile),
      );
      // The raw figures, kept with the run's logs.
      await writeFile(
        join(this.#runDir, 'results.json'),
        JSON.stringify({ rounds, large }, null, 2),
      );
      const report = this.#report({
        databaseVersion,
        profile,
        rounds,
        large,
        minutes: (Date.now() - startedAt) / MINUTE_MS,
      });
      // A run of all of profile L is also L's point of the growth table; the other profiles come
      // from their own runs (--growth).
      const growth = profileSize
        ? await this.#readGrowth()
        : await this.#recordGrowth('L', large);
      const markdown = Object.keys(growth).length
        ? replaceSection(
            report,
            GROWTH_TITLE,
            renderGrowthSection(growth, this.#growthLinks()),
          )
        : report;
      await writeFile(this.#options.out, markdown);
      say(`wrote ${this.#options.out}`);
      return markdown;
    } finally {
      await this.#postgres.close();
    }
  }

  /** The growth figures' files, beside the report: `<report>-growth.json` and its chart. */
  #growthFiles() {
    const stem = join(
      dirname(this.#options.out),
      basename(this.#options.out, '.md'),
    );
    return { results: `${stem}-growth.json`, chart: `${stem}-growth.svg` };
  }

  /** The growth files as the report names them: beside it. */
  #growthLinks() {
    const files = this.#growthFiles();
    return { results: basename(files.results), chart: basename(files.chart) };
  }

  /** Runs `measure` with the PagerDuty sandbox loaded with the profile's account. */
  async #withSandbox<T>(
    profile: GeneratedProfile,
    measure: () => Promise<T>,
  ): Promise<T> {
    this.#sandbox = await CountingPagerDutySandbox.start({
      accountFile: profile.pagerDutyAccountFile,
      token: SANDBOX_TOKEN,
    });
    try {
      return await measure();
    } finally {
      await this.#sandbox.stop();
      this.#sandbox = undefined;
    }
  }

  /** Adds a profile's figures to the growth file and draws the chart again; returns them all. */
  async #recordGrowth(name: string, large: LargeRun): Promise<GrowthResults> {
    const results = mergeGrowth(
      await this.#readGrowth(),
      growthOf(name, large),
    );
    const files = this.#growthFiles();
    await writeFile(files.results, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(files.chart, growthChartSvg(results));
    say(`profile ${name}: wrote ${files.results} and ${files.chart}`);
    return results;
  }

  async #readGrowth(): Promise<GrowthResults> {
    try {
      return JSON.parse(await readFile(this.#growthFiles().results, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  /**
   * The growth mode: each profile on a backend of its own, measured as profile L is (without the
   * comparison with stock Backstage); each profile's figures are added to the growth file as it
   * finishes, and the chart and the report's growth section are written again from all of them.
   */
  async runGrowth(growth: GrowthOptions): Promise<string> {
    const { root, seed, profileSize } = this.#options;
    await mkdir(this.#runDir, { recursive: true });
    say(
      `run ${this.#runId} (growth of ${growth.profiles.join(
        ', ',
      )}): logs in ${relative(root, this.#runDir)}`,
    );
    try {
      say('building the production bundle (./portal build)');
      await promisify(execFile)(join(root, 'portal'), ['build'], { cwd: root });
      let section = '';
      for (const name of growth.profiles) {
        // A size for L gives every profile a slice in proportion, so the curve keeps its shape.
        const records = profileSize
          ? Math.round(
              (profileSize * SCALE_PROFILES[name].squads) /
                SCALE_PROFILES.L.squads,
            )
          : undefined;
        say(
          `generating profile ${name}${
            records ? ` (${records} records)` : ''
          }, seed ${seed}`,
        );
        const profile = await generateProfile({
          root,
          seed,
          directory: join(this.#runDir, `profile-${name}`),
          request: records
            ? { kind: 'slice', records, profile: name }
            : { kind: 'profile', profile: name },
        });
        const large = await this.#withSandbox(profile, () =>
          this.#largeRun(profile, name, `growth-${name.toLowerCase()}`),
        );
        const results = await this.#recordGrowth(name, large);
        section = renderGrowthSection(results, this.#growthLinks());
        const existing = await readFile(this.#options.out, 'utf8').catch(
          () => '# Benchmarks\n',
        );
        await writeFile(
          this.#options.out,
          replaceSection(existing, GROWTH_TITLE, section),
        );
        say(
          `profile ${name}: wrote the growth section of ${this.#options.out}`,
        );
      }
      return `${section}\n`;
    } finally {
      await this.#postgres.close();
    }
  }

  async #writeConfig(
    side: string,
    port: number,
    locations: string[],
    profileName: ScaleProfileName,
  ): Promise<string> {
    const baseUrl = `http://localhost:${port}`;
    const sandbox = this.#sandbox;
    const production = await productionSettings(this.#options.root);
    const config = {
      search: production.search,
      scorecards: production.scorecards,
      continuity: production.continuity,
      app: { baseUrl },
      backend: {
        baseUrl,
        listen: { port },
        cors: { origin: baseUrl },
        database: backendDatabaseConfig(
          this.#options.postgres,
          this.#prefix(side),
        ),
      },
      catalog: {
        processingInterval: productionProcessingInterval(
          profileName,
          production.processingInterval,
        ),
        locations: locations.map(target => ({ type: 'file', target })),
      },
      techdocs: {
        publisher: {
          local: { publishDirectory: join(this.#runDir, side, 'techdocs') },
        },
      },
      // The sandbox stands in for api.pagerduty.com, so the backend syncs as in production (stock
      // Backstage runs without one).
      ...(sandbox && {
        pagerDuty: {
          token: SANDBOX_TOKEN,
          apiBaseUrl: sandbox.url,
          eventsBaseUrl: `${sandbox.url}/v2`,
        },
        // One scheduled sync in the run: the one at start-up; the benchmark triggers the second.
        oncall: { sync: { frequency: { hours: 6 } } },
      }),
      // Records without an account of their own (the plain Components): the portal's local
      // sandbox seeds from the same catalog files, an account with nothing in it, rather than from
      // the demo organisation's, whose sync would run in the backend's own process (as no
      // deployment does) and be counted as the portal's cost.
      ...(!sandbox && {
        oncall: { sandbox: { catalogDir: dirname(locations[0]) } },
      }),
      // The generated records' dates are relative to the profile's reference day.
      readiness: {
        today: SCALE_PROFILE_REFERENCE_DATE.toISOString().slice(0, 10),
      },
    };
    const file = join(this.#runDir, side, 'app-config.benchmark.yaml');
    await mkdir(join(this.#runDir, side), { recursive: true });
    await writeFile(file, stringify(config));
    return file;
  }

  #prefix(side: string) {
    return `${this.#runId}_${side}_`;
  }

  /** Stock Backstage (catalog only) or the portal's production bundle, on the same footing. */
  async #start(
    side: string,
    stockBackstage: boolean,
    locations: string[],
    nodeOptions: string[] = [],
    profileName: ScaleProfileName = 'L',
  ) {
    const port = await freePort();
    const configFile = await this.#writeConfig(
      side,
      port,
      locations,
      profileName,
    );
    const { root } = this.#options;
    const entry = stockBackstage
      ? [
          require.resolve('@backstage/cli/config/nodeTransform.cjs'),
          resolvePackagePath('@readiness/benchmarks', 'src/stockBackend.ts'),
        ]
      : [
          undefined,
          join(root, '.data/build/packages/backend/dist/index.cjs.js'),
        ];
    // The portal runs as docs/running.md starts a production replica: with a heap limit.
    const args = [
      ...(stockBackstage
        ? []
        : [`--max-old-space-size=${productionHeapLimitMb(profileName)}`]),
      ...nodeOptions,
      ...(entry[0] ? ['--require', entry[0]] : []),
      entry[1]!,
      '--config',
      join(root, 'app-config.yaml'),
      '--config',
      configFile,
    ];
    return {
      port,
      backend: BackendProcess.start({
        name: stockBackstage ? 'stock Backstage' : 'the portal backend',
        args,
        cwd: this.#backendDir,
        env: { ...process.env, NODE_ENV: 'production' },
        baseUrl: `http://localhost:${port}`,
        logFile: join(this.#runDir, side, 'backend.log'),
      }),
    };
  }

  async #measureIngestion(
    side: string,
    backend: BackendProcess,
    expected: number,
  ): Promise<IngestionRun> {
    const prefix = this.#prefix(side);
    const [healthyMs, progress] = await Promise.all([
      backend.waitUntilHealthy(10 * MINUTE_MS),
      waitForIngestion({
        catalog: () => this.#postgres.pluginDatabase(prefix, 'catalog'),
        expected,
        stallMs: 5 * MINUTE_MS,
        assertRunning: () => backend.assertRunning(),
        onProgress: p => {
          const seconds = (Date.now() - backend.startedAt) / 1000;
          say(
            `${side}: ${p.stitched} of ${expected} stitched (${
              p.known
            } known) after ${seconds.toFixed(0)} s`,
          );
        },
      }),
    ]);
    const totalMs = Date.now() - backend.startedAt;
    say(
      `${side}: ${expected} entities stitched in ${formatSeconds(
        totalMs,
      )} (healthy after ${formatSeconds(healthyMs)})`,
    );
    return {
      entities: expected,
      totalMs,
      healthyMs,
      progress,
      peakRssBytes: backend.takeWindowPeakBytes(),
    };
  }

  /** A round of the ingestion comparison: its three runs, one after another. */
  async #comparisonRound(
    round: number,
    plain: GeneratedProfile,
    slice: GeneratedProfile,
  ): Promise<ComparisonRound<IngestionRun>> {
    const stock = await this.#ingestOnly(`stock-${round}`, true, plain);
    // The same Components in the portal tell its own cost apart from the records' cost.
    const portalPlain = await this.#ingestOnly(
      `portal-plain-${round}`,
      false,
      plain,
    );
    // The slice's organisation syncs its own PagerDuty account, a slice of L's in proportion.
    const sliced = await this.#withSandbox(slice, () =>
      this.#ingestOnly(`slice-${round}`, false, slice),
    );
    return { stock, portalPlain, slice: sliced };
  }

  /** Starts a backend on a profile, times its ingestion, stops it and drops its databases. */
  async #ingestOnly(
    side: string,
    stockBackstage: boolean,
    profile: GeneratedProfile,
  ): Promise<IngestionRun> {
    say(
      `${side}: starting ${
        stockBackstage ? 'stock Backstage' : 'the portal backend'
      } on ${profile.entities} entities`,
    );
    this.#loadAverages.push([side, loadavg()[0]]);
    // V8's CPU profiler on both sides alike (a sample per millisecond), written when it stops.
    const cpuDir = join(this.#runDir, side, 'cpu');
    await mkdir(cpuDir, { recursive: true });
    const { backend } = await this.#start(
      side,
      stockBackstage,
      [profile.locationFile],
      ['--cpu-prof', `--cpu-prof-dir=${cpuDir}`],
    );
    let run: IngestionRun;
    try {
      // The configured location's own Location entity comes on top of the files' entities.
      run = await this.#measureIngestion(side, backend, profile.entities + 1);
      const catalog = await this.#postgres.pluginDatabase(
        this.#prefix(side),
        'catalog',
      );
      if (catalog) run.volume = await catalogVolume(catalog);
    } finally {
      await backend.stop();
      await this.#postgres.dropDatabases(this.#prefix(side));
    }
    const cpu = await attempt(`${side} CPU profile`, async () =>
      cpuHolders(await readProfile<CpuProfile>(cpuDir, 'cpuprofile'), 14),
    );
    return { ...run, cpu };
  }

  /**
   * Runs each of the start-up tasks now, one after the other (or waits for its run under way),
   * until every one has ended.
   */
  async #runStartupTasks(
    side: string,
    backend: BackendProcess,
    baseUrl: string,
    headers: Record<string, string>,
  ): Promise<Array<{ taskId: string; ms: number }>> {
    const runs = [];
    for (const { pluginId, taskId } of STARTUP_TASKS) {
      const triggeredAt = Date.now();
      const trigger = await fetch(
        `${baseUrl}/api/${pluginId}/.backstage/scheduler/v1/tasks/${taskId}/trigger`,
        {
          method: 'POST',
          headers,
        },
      );
      // 409: a run is under way; its end is waited for all the same.
      if (!trigger.ok && trigger.status !== 409) {
        throw new Error(
          `triggering ${taskId} answered ${
            trigger.status
          }: ${await trigger.text()}`,
        );
      }
      const end = await waitForTaskRunEnd({
        database: () =>
          this.#postgres.pluginDatabase(this.#prefix(side), pluginId),
        taskId,
        afterMs: triggeredAt,
        timeoutMs: 20 * MINUTE_MS,
        assertRunning: () => backend.assertRunning(),
      });
      if (end.error) throw new Error(`${taskId} failed: ${end.error}`);
      runs.push({ taskId, ms: end.endedAt - triggeredAt });
      say(
        `${side}: start-up task ${taskId} ended ${formatSeconds(
          end.endedAt - triggeredAt,
        )} after its trigger`,
      );
    }
    return runs;
  }

  async #syncRun(
    side: string,
    backend: BackendProcess,
    afterMs: number,
  ): Promise<SyncRun> {
    const end = await waitForSyncRunEnd({
      oncall: () => this.#postgres.pluginDatabase(this.#prefix(side), 'oncall'),
      afterMs,
      timeoutMs: 30 * MINUTE_MS,
      assertRunning: () => backend.assertRunning(),
    });
    const requests = this.#sandbox!.requestsBetween(afterMs, end.endedAt + 1);
    return {
      ...end,
      requestsSeen: requests.length,
      durationMs: requests.length ? end.endedAt - requests[0] : 0,
      peakPerMinute: peakInWindow(requests, MINUTE_MS),
    };
  }

  async #signIn(baseUrl: string): Promise<string> {
    const deadline = Date.now() + 5 * MINUTE_MS;
    while (Date.now() < deadline) {
      const response = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
        headers: { 'x-readiness-demo-user': DEMO_PERSON },
      });
      if (response.ok) return (await response.json()).backstageIdentity.token;
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    throw new Error(`could not sign in as ${DEMO_PERSON} within 5 minutes`);
  }

  /**
   * Waits until the capability APIs serve every record of the profile (each backend's records
   * index refreshes each minute): the total of each list against the profile's count.
   */
  async #waitForRecords(
    baseUrl: string,
    headers: Record<string, string>,
    profile: GeneratedProfile,
  ) {
    const kinds = profile.catalog.kinds;
    const lists = [
      ['alerts', '/api/alerts?limit=1', kinds.get('Alert') ?? 0],
      [
        'procedures',
        '/api/alerts/procedures?limit=1',
        kinds.get('Procedure') ?? 0,
      ],
      ['vendors', '/api/continuity/vendors?limit=1', kinds.get('Vendor') ?? 0],
      ['postmortems', '/api/postmortems?limit=1', kinds.get('Postmortem') ?? 0],
    ] as const;
    const expected = Object.fromEntries(
      lists.map(([name, , count]) => [name, count]),
    );
    const deadline = Date.now() + 5 * MINUTE_MS;
    let counts: Record<string, number | undefined> = {};
    while (Date.now() < deadline) {
      const totals = await Promise.all(
        lists.map(async ([, path]) => {
          // A request that fails (a kept-alive connection the backend has just closed, as one did
          // at profile XL) counts as not served yet: the deadline decides, not one request.
          const response = await fetch(`${baseUrl}${path}`, { headers }).catch(
            () => undefined,
          );
          return response?.ok
            ? ((await response.json()) as { total: number }).total
            : undefined;
        }),
      );
      const served = Object.fromEntries(
        lists.map(([name], i) => [name, totals[i]]),
      );
      counts = served;
      if (lists.every(([name, , count]) => served[name] === count)) return;
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
    throw new Error(
      `the capability APIs serve ${JSON.stringify(
        counts,
      )}, not the profile's ${JSON.stringify(expected)}`,
    );
  }

  /**
   * A whole profile (L unless named) on the portal: ingestion, first and incremental sync, APIs,
   * pages, scorecards, memory.
   */
  async #largeRun(
    profile: GeneratedProfile,
    profileName: ScaleProfileName = 'L',
    side = 'large',
  ): Promise<LargeRun> {
    const team = profile.catalog.teams[0];
    if (!team)
      throw new Error(
        `${profile.catalogDir}: no Group of type team to sign in to`,
      );
    const personFile = join(this.#runDir, side, 'demo-person.yaml');
    await mkdir(join(this.#runDir, side), { recursive: true });
    await writeFile(
      personFile,
      stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: DEMO_PERSON },
        spec: { profile: { displayName: 'Ada Okafor' }, memberOf: [team] },
      }),
    );
    say(
      `${side}: starting the portal backend on profile ${profileName} (${profile.entities} entities)`,
    );
    this.#loadAverages.push([`profile ${profileName}`, loadavg()[0]]);
    // V8's sampling heap profiler (a sample per 512 KB allocated), written when the backend stops:
    // what is still held then, by the plugin that allocated it.
    const heapDir = join(this.#runDir, side, 'heap');
    await mkdir(heapDir, { recursive: true });
    const { backend, port } = await this.#start(
      side,
      false,
      [profile.locationFile, personFile],
      ['--heap-prof', `--heap-prof-dir=${heapDir}`, '--trace-gc'],
      profileName,
    );
    const baseUrl = `http://localhost:${port}`;
    let measured: Omit<LargeRun, 'heap' | 'gc'>;
    try {
      // Two configured locations, each with its Location entity, and the demo person.
      const ingestion = await this.#measureIngestion(
        side,
        backend,
        profile.entities + 3,
      );
      const firstSync = await attempt('first PagerDuty sync', async () => {
        const run = await this.#syncRun(side, backend, backend.startedAt);
        say(
          `${side}: first PagerDuty sync: ${
            run.requestsSeen
          } requests in ${formatSeconds(run.durationMs)}`,
        );
        return run;
      });

      const token = await this.#signIn(baseUrl);
      const headers = { Authorization: `Bearer ${token}` };
      await this.#waitForRecords(baseUrl, headers, profile);
      const startupTasks = await attempt('start-up tasks', () =>
        this.#runStartupTasks(side, backend, baseUrl, headers),
      );

      // Before the APIs, so that the scorecards list is measured with every squad's results.
      const scorecards = await attempt('scorecard evaluation', async () => {
        const run = await this.#evaluateScorecards(side, baseUrl, headers);
        say(
          `${side}: scorecards of ${
            run.squads
          } squads evaluated in ${formatSeconds(run.wallMs)}`,
        );
        return run;
      });

      backend.takeWindowPeakBytes();
      // Round-robin (every API once, then every API again), each round a share of an API's time:
      // see LOAD_ROUNDS.
      const rounds: LoadResult[][] = APIS.map(() => []);
      for (let round = 1; round <= LOAD_ROUNDS; round++) {
        for (const [index, [name, path]] of APIS.entries()) {
          const result = await runLoad({
            url: `${baseUrl}${path}`,
            headers,
            connections: this.#options.connections,
            durationMs: (this.#options.secondsPerApi * 1000) / LOAD_ROUNDS,
            // A warm-up before every round, not only the first: since this API's last round every
            // other API has run, and may have pushed its data out of the backend's and PostgreSQL's
            // caches. Two requests per connection are a small part of a round.
            warmupPerConnection: 2,
          });
          say(
            `${side}: ${name}, round ${round} of ${LOAD_ROUNDS}: p50 ${result.p50Ms.toFixed(
              0,
            )} ms, p95 ${result.p95Ms.toFixed(0)} ms, ${
              result.failures
            } failures`,
          );
          rounds[index].push(result);
        }
      }
      const apis: LargeRun['apis'] = APIS.map(([name, path], index) => ({
        name,
        path,
        result: combineRounds(rounds[index]),
      }));
      const peakRssUnderLoadBytes = backend.takeWindowPeakBytes();

      const screenshotDir = join(this.#runDir, side, 'screenshots');
      await mkdir(screenshotDir, { recursive: true });
      const pages = await attempt('pages in Chromium', async () => {
        const timings = await timePages({
          baseUrl,
          person: DEMO_PERSON,
          pages: PAGES,
          loads: this.#options.pageLoads,
          screenshotDir,
        });
        for (const page of timings) {
          say(
            `${side}: ${page.path} usable in ${page.loadsMs
              .map(ms => ms.toFixed(0))
              .join(', ')} ms`,
          );
        }
        return timings;
      });

      const secondSync = await attempt(
        'incremental PagerDuty sync',
        async () => {
          const triggeredAt = Date.now();
          const trigger = await fetch(
            `${baseUrl}/api/oncall/.backstage/scheduler/v1/tasks/${PAGERDUTY_SYNC_TASK_ID}/trigger`,
            { method: 'POST', headers },
          );
          if (!trigger.ok) {
            throw new Error(
              `triggering the sync answered ${
                trigger.status
              }: ${await trigger.text()}`,
            );
          }
          const run = await this.#syncRun(side, backend, triggeredAt);
          say(
            `${side}: incremental PagerDuty sync: ${
              run.requestsSeen
            } requests in ${formatSeconds(run.durationMs)}`,
          );
          return run;
        },
      );

      measured = {
        ingestion,
        firstSync,
        secondSync,
        apis,
        pages,
        scorecards,
        startupTasks,
        peakRssBytes: backend.peakRssBytes,
        peakRssUnderLoadBytes,
      };
    } finally {
      await backend.stop();
      await this.#postgres.dropDatabases(this.#prefix(side));
    }
    const heap = await attempt('heap profile', async () =>
      heapHolders(
        await readProfile<SamplingHeapProfile>(heapDir, 'heapprofile'),
      ),
    );
    const gc = await attempt('GC trace', async () => {
      const summary = summarizeGcTrace(
        await readFile(join(this.#runDir, side, 'backend.log'), 'utf8'),
      );
      if (!summary) throw new Error('the backend log has no --trace-gc lines');
      return summary;
    });
    return { ...measured, heap, gc };
  }

  async #evaluateScorecards(
    side: string,
    baseUrl: string,
    headers: Record<string, string>,
  ): Promise<ScorecardEvaluationRun> {
    const started = Date.now();
    const response = await fetch(`${baseUrl}/api/scorecards/evaluate`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{}',
    });
    const wallMs = Date.now() - started;
    if (!response.ok) {
      throw new Error(
        `POST /api/scorecards/evaluate answered ${
          response.status
        }: ${await response.text()}`,
      );
    }
    const summary: { runId: number; squads: number; durationMs: number } =
      await response.json();
    const scorecardsDb = await this.#postgres.pluginDatabase(
      this.#prefix(side),
      'scorecards',
    );
    const count = async (table: string) =>
      Number(
        (
          await scorecardsDb!(table)
            .where({ run_id: summary.runId })
            .count({ count: '*' })
        )[0].count,
      );
    return {
      wallMs,
      durationMs: summary.durationMs,
      squads: summary.squads,
      squadsPersisted: await count('scorecard_squad_results'),
      checksPersisted: await count('scorecard_check_results'),
    };
  }

  #report(results: {
    databaseVersion: string;
    profile: GeneratedProfile;
    rounds: Array<ComparisonRound<IngestionRun>>;
    large: LargeRun;
    minutes: number;
  }): string {
    const { profile, rounds, large } = results;
    // The comparison's figures, tables and profiles all come from its median round.
    const median = rounds.length ? medianRound(rounds) : undefined;
    const medianRuns: Array<[string, IngestionRun]> = median
      ? [
          ['stock Backstage, plain Components', median.stock],
          ['portal, the same plain Components', median.portalPlain],
          ['portal, slice of profile L', median.slice],
        ]
      : [];
    const machine = describeMachine();
    const o = this.#options;
    const figures: Figure[] = [];
    const rate = (run: IngestionRun) => run.entities / (run.totalMs / 1000);

    if (median) {
      const { stock, portalPlain, slice: sliced } = median;
      const ratios = roundRatios(median);
      figures.push(
        {
          measure: `catalog ingestion, ${formatNumber(
            o.slice,
          )}-record slice of profile L vs ${formatNumber(
            o.slice,
          )} plain Components in stock Backstage: the median of ${
            rounds.length
          } rounds`,
          value: `${ratios.sliceVsStock.toFixed(2)}× (${formatSeconds(
            sliced.totalMs,
          )} vs ${formatSeconds(stock.totalMs)}); rounds ${rounds
            .map(round => `${roundRatios(round).sliceVsStock.toFixed(2)}×`)
            .join(', ')}`,
          budget: `≤ ${BUDGETS.ingestionRatio}×`,
          pass: ratios.sliceVsStock <= BUDGETS.ingestionRatio,
        },
        {
          measure: `of it (the median round), the portal's own cost: the same ${formatNumber(
            o.slice,
          )} plain Components in the portal vs in stock Backstage`,
          value: `${ratios.portalVsStock.toFixed(2)}× (${formatSeconds(
            portalPlain.totalMs,
          )} vs ${formatSeconds(stock.totalMs)})`,
          budget: 'no budget',
        },
        {
          measure: `and the records' cost: the slice vs the plain Components, both in the portal`,
          value: `${ratios.sliceVsPortal.toFixed(2)}× (${formatSeconds(
            sliced.totalMs,
          )} vs ${formatSeconds(portalPlain.totalMs)})`,
          budget: 'no budget',
        },
        {
          measure:
            'peak backend memory (RSS) during that ingestion (the median round), portal vs stock Backstage',
          value: `${(sliced.peakRssBytes / stock.peakRssBytes).toFixed(
            2,
          )}× (${formatMegabytes(sliced.peakRssBytes)} vs ${formatMegabytes(
            stock.peakRssBytes,
          )})`,
          budget: 'no budget',
        },
      );
    }
    figures.push({
      measure: `catalog ingestion of ${
        o.profileSize
          ? `a ${formatNumber(o.profileSize)}-record slice of`
          : 'all of'
      } profile L (${formatNumber(large.ingestion.entities)} entities)`,
      value: `${formatSeconds(large.ingestion.totalMs)}, ${formatNumber(
        rate(large.ingestion),
        1,
      )} entities/s`,
      budget: median
        ? `stock Backstage: ${formatNumber(
            rate(median.stock),
            1,
          )} entities/s on ${formatNumber(o.slice)}`
        : 'no budget',
    });
    const slowestApi = large.apis.reduce((worst, api) =>
      api.result.p95Ms > worst.result.p95Ms ? api : worst,
    );
    const apisOver = large.apis.filter(api => !apiHolds(api.result));
    figures.push({
      measure: `list and analytics APIs at profile L, warm, ${o.connections} connections: slowest p95, median of ${LOAD_ROUNDS} rounds (${slowestApi.name})`,
      value: `${formatNumber(slowestApi.result.p95Ms)} ms; ${
        apisOver.length
      } of ${large.apis.length} APIs over budget or failing`,
      budget: `p95 < ${BUDGETS.apiP95Ms} ms and p50 < ${BUDGETS.apiP50Ms} ms`,
      pass: apisOver.length === 0,
    });
    const notMeasured = (
      measure: string,
      budget: string,
      outcome: { error: string },
    ): Figure => ({
      measure,
      value: `not measured: ${outcome.error}`,
      budget,
      pass: false,
    });
    const pageBudget = `${formatSeconds(
      BUDGETS.pageMs,
    )} slowest, ${formatSeconds(BUDGETS.pageMedianMs)} median`;
    if (large.pages.ok) {
      for (const page of large.pages.value) {
        figures.push({
          measure: `${
            PAGES.find(p => p.name === page.name)!.title
          } usable in headless Chromium (slowest of ${
            page.loadsMs.length
          } loads)`,
          value: `${formatSeconds(page.slowestMs)} (median ${formatSeconds(
            page.medianMs,
          )})`,
          budget: pageBudget,
          pass:
            page.slowestMs <= BUDGETS.pageMs &&
            page.medianMs <= BUDGETS.pageMedianMs,
        });
      }
    } else {
      figures.push(
        notMeasured(
          'list pages usable in headless Chromium',
          pageBudget,
          large.pages,
        ),
      );
    }
    const scorecardsMeasure =
      'scorecard evaluation of every squad (POST /api/scorecards/evaluate)';
    const scorecardsBudget = `< ${formatSeconds(
      BUDGETS.scorecardMs,
    )}, results persisted`;
    if (large.scorecards.ok) {
      const scorecards = large.scorecards.value;
      figures.push({
        measure: scorecardsMeasure.replace(
          'every squad',
          `${scorecards.squads} squads`,
        ),
        value: `${formatSeconds(scorecards.wallMs)}; ${
          scorecards.squadsPersisted
        } squad and ${formatNumber(
          scorecards.checksPersisted,
        )} check results persisted`,
        budget: scorecardsBudget,
        pass:
          scorecards.wallMs < BUDGETS.scorecardMs &&
          scorecards.squadsPersisted === scorecards.squads,
      });
    } else {
      figures.push(
        notMeasured(scorecardsMeasure, scorecardsBudget, large.scorecards),
      );
    }
    const rateBudget = `≤ ${PAGERDUTY_REST_REQUESTS_PER_MINUTE}/min (PagerDuty's documented limit)`;
    const syncFigure = (
      name: string,
      outcome: Outcome<SyncRun>,
      budget: string,
      incremental: (run: SyncRun) => boolean,
    ): Figure => {
      const measure = `PagerDuty ${name}: requests, duration, peak rate`;
      if (!outcome.ok) return notMeasured(measure, budget, outcome);
      const run = outcome.value;
      return {
        measure,
        value: `${formatNumber(run.requestsSeen)} requests in ${formatSeconds(
          run.durationMs,
        )}, peak ${run.peakPerMinute}/min${
          run.error ? `; failed: ${run.error}` : ''
        }`,
        budget,
        pass:
          !run.error &&
          run.peakPerMinute <= PAGERDUTY_REST_REQUESTS_PER_MINUTE &&
          incremental(run),
      };
    };
    const { firstSync, secondSync } = large;
    figures.push(
      syncFigure('first sync (full)', firstSync, rateBudget, () => true),
    );
    figures.push(
      syncFigure(
        'second sync (incremental)',
        secondSync,
        `incremental, fewer requests than the first; ${rateBudget}`,
        run =>
          run.counts?.full === false &&
          (!firstSync.ok || run.requestsSeen < firstSync.value.requestsSeen),
      ),
    );
    figures.push({
      measure:
        'peak backend memory (RSS) at profile L: whole run / under API load',
      value: `${formatMegabytes(large.peakRssBytes)} / ${formatMegabytes(
        large.peakRssUnderLoadBytes,
      )}${
        large.gc.ok
          ? `; of it V8's heap at most ${formatMegabytes(
              large.gc.value.peakCommittedBytes,
            )}, at most ${formatMegabytes(
              large.gc.value.peakLiveAfterFullBytes,
            )} live after a full collection (${formatNumber(
              large.gc.value.fullCollections,
            )} of ${formatNumber(large.gc.value.collections)} collections)`
          : ''
      }`,
      budget: `< ${formatMegabytes(BUDGETS.peakRssBytes)}`,
      pass: large.peakRssBytes < BUDGETS.peakRssBytes,
    });

    const sections: ReportSection[] = [
      {
        title: 'List and analytics APIs at profile L',
        notes: [
          `Each API for ${o.secondsPerApi} s with ${
            o.connections
          } connections in a closed loop (each sends its next request when the previous one answered), in ${LOAD_ROUNDS} rounds of ${formatNumber(
            o.secondsPerApi / LOAD_ROUNDS,
            1,
          )} s each (the time split evenly), round-robin over the APIs (every API once, then every API again), each round after 2 warm-up requests per connection; signed in as ${DEMO_PERSON}. The figures are the median round's: p50 and p95 the median of the rounds', requests/s their mean, failures their sum; "p95 of rounds" is the lowest and the highest of the rounds' p95, how far they spread.`,
          large.startupTasks.ok
            ? `Measured at rest: right after ingestion the benchmark triggered the scheduled tasks whose first run comes minutes after a start, one after the other, and waited for each run to end (${large.startupTasks.value
                .map(run => `${run.taskId} ${formatSeconds(run.ms)}`)
                .join(
                  ', ',
                )} from trigger to end; a task triggered before its initial delay is over starts when the delay ends, as Backstage's task worker sleeps through the delay whatever the trigger); left to their schedules they would start in the middle of the measurements.`
            : `The start-up tasks could not be run first (${large.startupTasks.error}): a scheduled one may have run during the measurements.`,
        ],
        header: [
          'API',
          'request',
          'p50 ms',
          'p95 ms',
          'p95 of rounds ms',
          'max ms',
          'requests/s',
          'failures',
          'bytes',
          'result',
        ],
        rows: large.apis.map(({ name, path, result }) => [
          name,
          `\`${path}\``,
          formatNumber(result.p50Ms),
          formatNumber(result.p95Ms),
          roundsP95Range(result),
          formatNumber(result.maxMs),
          formatNumber(result.requestsPerSecond, 1),
          result.failures ? `${result.failures} (${result.firstFailure})` : '0',
          formatNumber(result.bytes),
          apiHolds(result) ? 'pass' : '**fail**',
        ]),
      },
      {
        title: 'Pages in headless Chromium',
        notes: [
          `Signed in as ${DEMO_PERSON}; each page loaded ${o.pageLoads} times in a row as a full navigation; timed from navigation until the table shows its first data row with its link, checked on every animation frame.`,
        ],
        header: ['page', 'loads (ms)', 'first row'],
        rows: large.pages.ok
          ? large.pages.value.map(page => [
              `\`${page.path}\``,
              page.loadsMs.map(ms => ms.toFixed(0)).join(', '),
              page.firstRowText,
            ])
          : [['not measured', large.pages.error, '']],
      },
      {
        title: 'PagerDuty sync against the sandbox loaded with the L account',
        notes: [
          'Requests counted where they arrive (the sandbox); the sync counts its own too. The first sync runs at start-up, while the catalog ingests profile L.',
        ],
        header: [
          'run',
          'requests (sandbox)',
          'requests (sync)',
          'seconds',
          'peak requests/min',
          'services',
          'incidents fetched',
          'ack lookups',
          'ack backlog',
        ],
        rows: (
          [
            ['first (full)', firstSync],
            ['second (incremental)', secondSync],
          ] as const
        ).map(([name, outcome]) => {
          if (!outcome.ok)
            return [
              name,
              `not measured: ${outcome.error}`,
              '',
              '',
              '',
              '',
              '',
              '',
              '',
            ];
          const run = outcome.value;
          return [
            name,
            formatNumber(run.requestsSeen),
            String(run.counts?.requests ?? 'n/a'),
            formatNumber(run.durationMs / 1000, 1),
            String(run.peakPerMinute),
            String(run.counts?.services ?? 'n/a'),
            String(run.counts?.incidentsFetched ?? 'n/a'),
            String(run.counts?.acknowledgementLookups ?? 'n/a'),
            String(run.counts?.acknowledgementBacklog ?? 'n/a'),
          ];
        }),
      },
      ...(rounds.length
        ? [
            {
              title: 'Ingestion comparison, round by round',
              notes: [
                `Each round starts stock Backstage on the ${formatNumber(
                  o.slice,
                )} plain Components, then the portal on the same Components, then the portal on the slice, one after another on fresh databases; the rounds follow each other. On a shared machine either side's time varies from run to run by more than the budget's margin, so the budget is judged on the median round's ratio, each ratio taken between runs minutes apart; the tables below that name the comparison (CPU, what the catalog stored) show the median round (${
                  rounds.indexOf(median!) + 1
                }).`,
              ],
              header: [
                'round',
                'stock Backstage, plain s',
                'portal, plain s',
                'portal, slice s',
                'slice vs stock',
                "portal's own cost",
                "records' cost",
              ],
              rows: rounds.map((round, index) => {
                const ratios = roundRatios(round);
                return [
                  String(index + 1),
                  formatNumber(round.stock.totalMs / 1000, 1),
                  formatNumber(round.portalPlain.totalMs / 1000, 1),
                  formatNumber(round.slice.totalMs / 1000, 1),
                  `${ratios.sliceVsStock.toFixed(2)}×`,
                  `${ratios.portalVsStock.toFixed(2)}×`,
                  `${ratios.sliceVsPortal.toFixed(2)}×`,
                ];
              }),
            },
          ]
        : []),
      ...(median
        ? [
            cpuSection(
              medianRuns.map(([name, run]) => [
                name,
                run.cpu ?? { ok: false, error: 'not profiled' },
              ]),
            ),
          ]
        : []),
      {
        title: 'What the backend holds at the end of profile L',
        notes: [
          "V8's sampling heap profiler (`node --heap-prof`, a sample per 512 KB allocated) ran in the backend throughout; these are the sampled allocations still alive when it stopped, after the APIs, pages and syncs. Each sample counts for the innermost plugin on its stack (the portal's or Backstage's plugin that asked for the memory, even when a library such as the database driver allocated it), else for the innermost library. The live heap is part of the resident set: the rest is garbage not yet collected, compiled code and native memory.",
        ],
        header: ['holder', 'live MB (sampled)', 'share'],
        rows: heapRows(large.heap),
      },
      {
        title: 'Catalog ingestion',
        notes: [
          "Timed from starting the backend process until every entity of the profile (and the Location entities of the configured locations) is processed and stitched: counted in the catalog database (`final_entities`), with the stitch queue empty. What the catalog stored, counted once it was done: relation rows (each direction), rows of its `search` table (one per field value of an entity, which its filters query and each stitch rewrites), how many search rows and stitched entities were written on the way there (PostgreSQL's table statistics: every stitch of an entity rewrites its search rows, so written over stored is how often entities were stitched again, weighted by their size) and the stitched entities' JSON.",
        ],
        header: [
          'run',
          'entities',
          'seconds to healthy',
          'seconds to stitched',
          'entities/s',
          'peak RSS',
          'relations',
          'search rows',
          'search rows written',
          'stitched entities written',
          'entity JSON',
        ],
        rows: [
          ...medianRuns.map(
            ([name, run]) => [`${name} (median round)`, run] as const,
          ),
          ['portal, profile L', large.ingestion] as const,
        ].map(([name, run]) => [
          name,
          formatNumber(run.entities),
          formatNumber(run.healthyMs / 1000, 1),
          formatNumber(run.totalMs / 1000, 1),
          formatNumber(rate(run), 1),
          formatMegabytes(run.peakRssBytes),
          run.volume ? formatNumber(run.volume.relations) : '—',
          run.volume ? formatNumber(run.volume.searchRows) : '—',
          run.volume ? formatNumber(run.volume.searchRowsWritten) : '—',
          run.volume ? formatNumber(run.volume.entityWrites) : '—',
          run.volume ? formatMegabytes(run.volume.entityBytes) : '—',
        ]),
      },
      {
        title: 'Profile L as generated',
        header: ['kind', 'entities'],
        rows: [...profile.catalog.kinds.entries()].map(([kind, count]) => [
          kind,
          formatNumber(count),
        ]),
      },
    ];

    return renderReport({
      title: 'Benchmarks',
      intro: [
        'The portal at scale profile L (400 squads, 4,000 components, 40,000 alerts, 10,000 post-mortems…) on PostgreSQL, measured against stock Backstage and the budgets of the architecture. This page is written by the benchmark; to measure again, from the repository root:',
        '```sh\nflock /tmp/readiness-e2e.lock yarn benchmark   # yarn benchmark --help for the options\n```',
        'It builds the production bundle, generates the profiles with `packages/scale-profile`, starts the backends on their own databases (dropped afterwards) and takes about 35 minutes on a 2-core machine, most of it catalog ingestion (the comparison with stock Backstage runs three rounds); `--profile-size <n>` runs the large part on a slice of profile L instead. Details: `packages/benchmarks/README.md`.',
      ],
      context: [
        `Run on ${new Date()
          .toISOString()
          .slice(0, 16)
          .replace('T', ' ')} UTC with \`yarn benchmark${
          process.argv.slice(2).length
            ? ` ${process.argv.slice(2).join(' ')}`
            : ''
        }\` (packages/benchmarks, seed ${o.seed}).`,
        `Machine: ${machine.cores} cores (${machine.cpuModel}), ${
          machine.memoryGb
        } GB memory, ${
          machine.os
        }; the load generator, the PagerDuty sandbox and Chromium share it with the backend. 1-minute load average as each backend started: ${this.#loadAverages
          .map(([side, load]) => `${side} ${load.toFixed(1)}`)
          .join(', ')} (anything above 0 is other work on the machine).`,
        `The whole run took ${formatNumber(results.minutes)} minutes.`,
        `Node ${process.version}; ${results.databaseVersion} on ${o.postgres.host}:${o.postgres.port}, one database per plugin under a prefix of this run, dropped afterwards.`,
        "Both sides: the same runner (a Node process started by the benchmark from packages/backend with `NODE_ENV=production`), app-config.yaml plus one generated config (database, catalog locations, ports, and the production file's catalog.processingInterval and search schedules: each entity processed again every 30 minutes rather than Backstage's default 100–150 s, which at profile L would keep the catalog reprocessing without pause; and, on the portal, production's settings of no demo history: no seeded scorecard quarters or register snapshots; and the portal with the heap limit docs/running.md gives a production replica, `--max-old-space-size=1024`), the same PostgreSQL server, other catalog settings at their defaults (deferred stitching polled every second, the processing engine's built-in batch size). Stock Backstage is `@backstage/plugin-catalog-backend` alone; the portal is its production bundle (`./portal build`) with every plugin and module, its catalog module validating and relating the readiness kinds, and its first PagerDuty sync running during ingestion: for the slice, of the slice's own account (the squads and services the slice holds, about a sixth of L's), for profile L of L's, and for the plain Components of an empty one (the local sandbox seeded from the same catalog files, which hold no squad or PagerDuty service). Search indexing starts ten minutes after a start, as production schedules it.",
      ],
      figures,
      sections,
    });
  }
}
