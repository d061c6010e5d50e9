import type { Entity } from '@backstage/catalog-model';
import { parseArgs } from 'util';
import { checkOutputPath } from '@readiness/plugin-readiness-node';
import {
  SCALE_PROFILE_REFERENCE_DATE,
  generateScaleProfile,
} from './generateScaleProfile';
import { isScaleProfileName, SCALE_PROFILES } from './profiles';
import { groupByKind, plainComponents } from './slice';
import { writeScaleProfileOutput } from './writeOutput';

const USAGE = `Usage: scale-profile generate --profile L --seed <n> --out <dir> [options]

Writes <dir>/catalog/*.yaml (at most 2,000 entities a file), <dir>/catalog/all.yaml
(a Location listing them) and <dir>/pagerduty-account.json (for the PagerDuty
sandbox: --account <file> or PAGERDUTY_SANDBOX_ACCOUNT=<file>).

  --profile <name>            ${Object.keys(SCALE_PROFILES).join(', ')}
  --seed <n>                  same seed, same output
  --out <dir>                 output folder, absolute or relative, in a folder that exists;
                              its catalog/ folder is replaced
  --slice <n>                 only a slice of n entities, every kind in its share,
                              and the PagerDuty account of its squads and services
  --plain-components <n>      instead, n plain Backstage Components (no account)
  --reference-date <date>     "now" of the organisation, default ${SCALE_PROFILE_REFERENCE_DATE.toISOString()}
`;

function wholeNumber(
  option: string,
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) {
    throw new Error(`--${option} must be a whole number (got ${value})`);
  }
  return Number(value);
}

function describeCounts(entities: Entity[]): string[] {
  return [...groupByKind(entities)].map(([kind, ofKind]) => {
    const teams =
      kind === 'Group'
        ? ` (${
            ofKind.filter(group => group.spec?.type === 'team').length
          } of type team)`
        : '';
    return `  ${kind.padEnd(16)}${String(ofKind.length).padStart(7)}${teams}`;
  });
}

/**
 * `scale-profile generate --profile L --seed 42 --out .data/scale-L [--slice 10000 | --plain-components 10000]`
 *
 * @public
 */
export async function runScaleProfileCli(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: 'string', default: 'L' },
      seed: { type: 'string' },
      out: { type: 'string' },
      slice: { type: 'string' },
      'plain-components': { type: 'string' },
      'reference-date': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals[0] !== 'generate' || !values.out) {
    process.stdout.write(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const slice = wholeNumber('slice', values.slice);
  const plain = wholeNumber('plain-components', values['plain-components']);
  if (slice !== undefined && plain !== undefined) {
    throw new Error('Give --slice or --plain-components, not both');
  }
  // Checked before generating: profile L takes a while, and its output is large.
  const out = await checkOutputPath(values.out, 'folder', '--out');
  const started = process.hrtime.bigint();
  let entities: Entity[];
  let account;
  if (plain !== undefined) {
    entities = plainComponents(plain);
  } else {
    const seed = wholeNumber('seed', values.seed);
    if (seed === undefined) throw new Error('--seed is required');
    if (!isScaleProfileName(values.profile!)) {
      throw new Error(
        `--profile must be one of ${Object.keys(SCALE_PROFILES).join(
          ', ',
        )} (got ${values.profile})`,
      );
    }
    const referenceDate = values['reference-date']
      ? new Date(values['reference-date'])
      : undefined;
    if (referenceDate && Number.isNaN(referenceDate.getTime())) {
      throw new Error(
        `--reference-date must be a date (got ${values['reference-date']})`,
      );
    }
    const generated = generateScaleProfile({
      profile: values.profile,
      seed,
      referenceDate,
      slice,
    });
    entities = generated.entities;
    account = generated.pagerDuty;
  }
  const written = await writeScaleProfileOutput(out, entities, account);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const organisation = account?.organisation;
  process.stdout.write(
    [
      `Wrote ${entities.length} entities in ${
        written.catalogFiles.length
      } files to ${out}/catalog (Location ${
        written.location
      }) in ${seconds.toFixed(1)} s:`,
      ...describeCounts(entities),
      ...(organisation && account
        ? [
            `PagerDuty account ${out}/${written.pagerDutyAccount}: ${organisation.services.length} services, ` +
              `${account.onCall.squads.length} on-call squads (${
                account.onCall.squads.filter(s => s.paired).length
              } paired: ` +
              `${
                account.onCall.squads.length +
                account.onCall.squads.filter(s => s.paired).length
              } schedules), ` +
              `${
                organisation.users.length -
                account.onCall.usersWithoutPagerDuty.length
              } users, ` +
              `${organisation.postmortems.reduce(
                (sum, p) => sum + p.incidentIds.length,
                0,
              )} post-mortem incidents`,
          ]
        : []),
      '',
    ].join('\n'),
  );
}
