/*
 * `yarn benchmark`: measures the portal at scale profile L on PostgreSQL against stock Backstage
 * and the budgets of ARCHITECTURE.md, and writes docs/benchmarks.md. See the package README.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { checkOutputPath } from '@readiness/plugin-readiness-node';
import { SCALE_PROFILES } from '@readiness/scale-profile';
import { Benchmark } from './benchmark';
import { parseProfiles } from './growth';
import { unsupportedNode } from './machine';

const USAGE = `Usage: yarn benchmark [options]

  --slice <n>            records in the ingestion comparison (default 10000)
  --profile-size <n>     records of profile L for the large run (default: all of it)
  --comparison-rounds <n>
                         rounds of the ingestion comparison, each stock Backstage, the
                         portal on the same Components and the portal on the slice; odd,
                         the budget is judged on the median round (default 3)
  --no-comparison        skip the ingestion comparison with stock Backstage
  --seed <n>             generator seed (default 42)
  --connections <n>      concurrent connections per API (default 20)
  --seconds-per-api <n>  load duration per API, in three rounds (default 10)
  --page-loads <n>       loads per page in Chromium (default 5)
  --postgres <url>       default postgresql://postgres@127.0.0.1:5432
  --out <file>           where the report goes, absolute or relative to the folder the
                         command runs in (the repository under yarn); its folder must exist
                         (default: the repository's docs/benchmarks.md)
  --growth               growth mode: measure each of --profiles on its own backend and write
                         the growth table and chart (<out>-growth.json, <out>-growth.svg and
                         the report's "Growth from M to XL" section); --profile-size then
                         sizes L's slice, and the other profiles' slices in proportion
  --profiles <names>     with --growth: comma-separated, of ${Object.keys(
    SCALE_PROFILES,
  ).join(', ')} (default M,L;
                         XL takes as long as both, so run it apart: --growth --profiles XL);
                         a run without --growth or --profile-size is also L's point
`;

function positiveInteger(
  name: string,
  value: string | undefined,
  fallback?: number,
) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new Error(
      `--${name}: must be a positive whole number (got "${value}")`,
    );
  }
  return Number(value);
}

async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      slice: { type: 'string' },
      'profile-size': { type: 'string' },
      'comparison-rounds': { type: 'string' },
      'no-comparison': { type: 'boolean', default: false },
      seed: { type: 'string' },
      connections: { type: 'string' },
      'seconds-per-api': { type: 'string' },
      'page-loads': { type: 'string' },
      postgres: {
        type: 'string',
        default: 'postgresql://postgres@127.0.0.1:5432',
      },
      out: { type: 'string' },
      growth: { type: 'boolean', default: false },
      profiles: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.profiles !== undefined && !values.growth) {
    throw new Error('--profiles: only with --growth');
  }
  const profiles = parseProfiles(values.profiles ?? 'M,L');
  const postgres = new URL(values.postgres!);
  if (
    postgres.protocol !== 'postgresql:' &&
    postgres.protocol !== 'postgres:'
  ) {
    throw new Error(
      `--postgres: must be a postgresql:// URL (got "${values.postgres}")`,
    );
  }
  const comparisonRounds = positiveInteger(
    'comparison-rounds',
    values['comparison-rounds'],
    3,
  )!;
  if (comparisonRounds % 2 === 0) {
    throw new Error(
      `--comparison-rounds: must be odd, so the median is one round's (got ${comparisonRounds})`,
    );
  }
  const root = resolvePackagePath('@readiness/benchmarks', '../..');
  const nodeProblem = unsupportedNode(
    JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).engines.node,
    process.version,
  );
  if (nodeProblem) throw new Error(nodeProblem);
  // Checked now: the report is written after about 35 minutes of work.
  const out = await checkOutputPath(
    values.out ?? join(root, 'docs/benchmarks.md'),
    'file',
    '--out',
  );
  const benchmark = new Benchmark({
    root,
    seed: positiveInteger('seed', values.seed, 42)!,
    slice: positiveInteger('slice', values.slice, 10_000)!,
    profileSize: positiveInteger('profile-size', values['profile-size']),
    comparisonRounds: values['no-comparison'] ? 0 : comparisonRounds,
    connections: positiveInteger('connections', values.connections, 20)!,
    secondsPerApi: positiveInteger(
      'seconds-per-api',
      values['seconds-per-api'],
      10,
    )!,
    pageLoads: positiveInteger('page-loads', values['page-loads'], 5)!,
    out,
    postgres: {
      host: postgres.hostname,
      port: Number(postgres.port || 5432),
      user: decodeURIComponent(postgres.username || 'postgres'),
      ...(postgres.password
        ? { password: decodeURIComponent(postgres.password) }
        : {}),
    },
  });
  process.stdout.write(
    values.growth
      ? await benchmark.runGrowth({ profiles })
      : await benchmark.run(),
  );
}

main(process.argv.slice(2)).catch(error => {
  process.stderr.write(`benchmark failed: ${error.message ?? error}\n`);
  process.exitCode = 1;
});
